using System.Data;
using System.Data.Common;

namespace Keten.Storage.Sql;

/// <summary>Just enough ADO.NET sugar to keep the SQL readable. Parameters are named "@name" in both dialects.</summary>
internal static class DbCommandExtensions
{
    public static DbCommand Sql(this DbConnection connection, DbTransaction? transaction, string sql)
    {
        if (connection is SqliteSchrijfverbinding schrijver)
        {
            return schrijver.Commando(sql, transaction);
        }

        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    public static DbCommand With(this DbCommand command, string name, string? value) =>
        command.With(name, DbType.String, value);

    public static DbCommand With(this DbCommand command, string name, long value) =>
        command.With(name, DbType.Int64, value);

    public static DbCommand With(this DbCommand command, string name, int value) =>
        command.With(name, DbType.Int32, value);

    public static DbCommand With(this DbCommand command, string name, int? value) =>
        command.With(name, DbType.Int32, value);

    /// <summary>A day as integer yyyymmdd (sortable, the same in both databases), or NULL.</summary>
    public static DbCommand With(this DbCommand command, string name, DateOnly? value) =>
        command.With(name, DbType.Int32, DagOfNull(value));

    public static int Dag(DateOnly d) => (d.Year * 10000) + (d.Month * 100) + d.Day;

    public static object? DagOfNull(DateOnly? d) => d is { } dag ? Dag(dag) : null;

    public static DbCommand With(this DbCommand command, string name, bool value) =>
        command.With(name, DbType.Boolean, value);

    /// <summary>A value already converted for the database (e.g. by <see cref="SqlDialect.Tijd"/>).</summary>
    public static DbCommand WithValue(this DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return command;
    }

    private static DbCommand With(this DbCommand command, string name, DbType type, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }
}
