using System.Data.Common;
using System.Text;
using Keten.Storage.Sql;

namespace Keten.Storage;

/// <summary>The filters of <see cref="RioFilter"/> on the search columns of rio_object (filled from <see cref="Zoekvelden"/>).</summary>
public abstract partial class SqlKetenStore
{
    private static void AppendZoekfilter(StringBuilder where, RioFilter filter)
    {
        if (filter.Peildatum is not null)
        {
            where.Append(" AND geldig_van <= @peildatum AND (geldig_tot IS NULL OR geldig_tot > @peildatum)");
        }

        if (filter.Onderwijslocatiecode is not null)
        {
            where.Append(" AND onderwijslocatiecode = @locatie");
        }

        if (filter.EigenSleutel is not null)
        {
            where.Append(" AND eigen_sleutel = @eigenSleutel");
        }

        if (filter.Adres is not null)
        {
            where.Append(" AND adres = @adres");
        }

        if (filter.MetDoorlopendeLeerlijn)
        {
            where.Append(" AND doorlopende_leerlijn IS NOT NULL");
        }

        if (filter.VerwijstNaarAanbiederVanBestuur is not null)
        {
            // Driven from the board's aanbieders through verwijzing (naar_soort, naar_sleutel) and, for the references
            // rio_object's columns hold (ImplicieteVerwijzingen), through rio_object_aanbieder: index entries only.
            where.Append(" AND sleutel IN (SELECT v.van_sleutel FROM rio_object a "
                + "JOIN verwijzing v ON v.naar_soort = a.soort AND v.naar_sleutel = a.sleutel "
                + "WHERE a.soort = 'Onderwijsaanbieder' AND a.onderwijsbestuurcode = @verwijstBestuur AND NOT a.verwijderd "
                + "AND v.van_soort = @soort "
                + "UNION ALL SELECT i.sleutel FROM rio_object a "
                + "JOIN rio_object i ON i.soort = @soort AND i.onderwijsaanbiedercode = a.sleutel "
                + "WHERE a.soort = 'Onderwijsaanbieder' AND a.onderwijsbestuurcode = @verwijstBestuur AND NOT a.verwijderd "
                + $"AND @soort = '{ImplicieteVerwijzingen.Soort}')");
        }
    }

    private static void AddZoekfilter(DbCommand command, RioFilter filter)
    {
        if (filter.Peildatum is { } peildatum)
        {
            command.With("@peildatum", peildatum);
        }

        if (filter.Onderwijslocatiecode is not null)
        {
            command.With("@locatie", filter.Onderwijslocatiecode);
        }

        if (filter.EigenSleutel is not null)
        {
            command.With("@eigenSleutel", filter.EigenSleutel);
        }

        if (filter.Adres is not null)
        {
            command.With("@adres", filter.Adres);
        }

        if (filter.VerwijstNaarAanbiederVanBestuur is not null)
        {
            command.With("@verwijstBestuur", filter.VerwijstNaarAanbiederVanBestuur);
        }
    }
}
