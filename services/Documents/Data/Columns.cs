using System.Text.Json;
using Ledningssystem.Documents.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Documents.Data;

/// <summary>Column sizes and conventions the entity configurations share. Lists page by the database-assigned Sequence (keyset).</summary>
internal static class Columns
{
    public const int IdLength = 100;
    public const int UserIdLength = 200;
    public const int TitleLength = 300;
    public const int ShortTextLength = 2000;
    public const int ContentLength = 500_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Who did something and when, as three columns named after <paramref name="prefix"/>.</summary>
    public static void IsStamp<T>(this OwnedNavigationBuilder<T, Stamp> stamp, string prefix)
        where T : class
    {
        stamp.Property(s => s.UserId).HasColumnName(prefix + "Id").HasMaxLength(UserIdLength);
        stamp.Property(s => s.Name).HasColumnName(prefix + "Name").HasMaxLength(200);
        stamp.Property(s => s.At).HasColumnName(prefix + "At");
    }

    /// <summary>A small list of records as one JSON text column on either database.</summary>
    public static PropertyBuilder<List<T>> HasJsonConversion<T>(this PropertyBuilder<List<T>> property) =>
        property
            .HasConversion(
                list => JsonSerializer.Serialize(list, Json),
                json => JsonSerializer.Deserialize<List<T>>(json, Json) ?? new List<T>(),
                new ValueComparer<List<T>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
                    list => list.ToList()))
            .HasMaxLength(20_000);
}
