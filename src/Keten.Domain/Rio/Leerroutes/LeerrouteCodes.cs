namespace Keten.Domain.Rio.Leerroutes;

/// <summary>The values of kenmerk doorlopendeLeerlijnVmboMbo (§5.63).</summary>
public static class LeerrouteCodes
{
    public const string Dlr = "DLR_VMBO_MBO";
    public const string Glr = "GLR_VMBO_MBO";
}
