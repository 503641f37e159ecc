using Microsoft.Extensions.Hosting;

namespace Keten.Ontwikkelmakelaar;

/// <summary>The broker hands out any identity at any level: it may run only in Development or Test.</summary>
public static class OntwikkelmakelaarBewaking
{
    public static bool MagDraaien(IHostEnvironment omgeving)
    {
        ArgumentNullException.ThrowIfNull(omgeving);
        return omgeving.IsDevelopment() || omgeving.IsEnvironment("Test");
    }

    public static void Controleer(bool aan, IHostEnvironment omgeving)
    {
        if (aan && !MagDraaien(omgeving))
        {
            throw new InvalidOperationException(
                $"{OntwikkelmakelaarOpties.Sectie}:Aan is true in environment '{omgeving.EnvironmentName}'. The development " +
                "herkenningsmakelaar logs anyone in as any employee at any level and runs only in Development or Test. " +
                $"Remove {OntwikkelmakelaarOpties.Sectie}:Aan from this environment's configuration.");
        }
    }
}
