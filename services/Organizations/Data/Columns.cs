using Ledningssystem.Organizations.Domain;
using Ledningssystem.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Organizations.Data;

/// <summary>Column conventions the entity configurations share.</summary>
internal static class Columns
{
    public const int NameLength = 200;
    public const int UserIdLength = 200;

    /// <summary>
    /// A database-assigned number as the primary key: lists page by it (keyset, see <see cref="Pages"/>), in the order
    /// rows were added. The caller-chosen id is unique within the tenant.
    /// </summary>
    public static void HasSequenceKey<T>(this EntityTypeBuilder<T> entity)
        where T : class
    {
        entity.Property<long>(Pages.SequenceProperty);
        entity.HasKey(Pages.SequenceProperty);
    }

    public static PropertyBuilder<string> IsId(this PropertyBuilder<string> property) => property.IsRequired().HasMaxLength(Identifiers.MaxLength);

    /// <summary>Verksamhetsformer by name, as a JSON array on SQLite and a text array on PostgreSQL.</summary>
    public static void HasVerksamhetsformer<T>(this EntityTypeBuilder<T> entity, System.Linq.Expressions.Expression<Func<T, IReadOnlyList<Verksamhetsform>>> property)
        where T : class =>
        entity.PrimitiveCollection(property)
            .HasField("verksamhetsformer")
            .ElementType(element => element.HasConversion<string>().HasMaxLength(20));
}
