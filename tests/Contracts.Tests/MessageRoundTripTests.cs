using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Ledningssystem.Contracts.Common.V1;

namespace Ledningssystem.Contracts.Tests;

public class MessageRoundTripTests
{
    private static readonly ActorStamp Stamp = new()
    {
        UserId = "6f1c2a4e-0000-4000-8000-000000000001",
        DisplayName = "Åsa Öberg-Ärlig",
        At = Timestamp.FromDateTime(new DateTime(2026, 3, 1, 7, 30, 15, DateTimeKind.Utc).AddTicks(1234560)),
    };

    [Fact]
    public void Binary_round_trip_keeps_swedish_text_and_timestamp()
    {
        var bytes = Stamp.ToByteArray();

        var parsed = ActorStamp.Parser.ParseFrom(bytes);

        Assert.Equal(Stamp, parsed);
        Assert.Equal("Åsa Öberg-Ärlig", parsed.DisplayName);
        Assert.Equal(new DateTime(2026, 3, 1, 7, 30, 15, DateTimeKind.Utc).AddTicks(1234560), parsed.At.ToDateTime());
    }

    [Fact]
    public void Json_uses_proto_field_names_in_lower_camel_case_and_rfc3339_utc()
    {
        var json = JsonFormatter.Default.Format(Stamp);

        Assert.Contains("\"userId\": \"6f1c2a4e-0000-4000-8000-000000000001\"", json, StringComparison.Ordinal);
        Assert.Contains("\"at\": \"2026-03-01T07:30:15.123456Z\"", json, StringComparison.Ordinal);
        Assert.Equal(Stamp, JsonParser.Default.Parse<ActorStamp>(json));
    }

    [Fact]
    public void Legal_reference_survives_json_round_trip_with_section_sign()
    {
        var reference = new LegalReference { Code = "SoL 27 kap. 1 §", Title = "Rapporteringsskyldighet (lex Sarah)" };

        var parsed = JsonParser.Default.Parse<LegalReference>(JsonFormatter.Default.Format(reference));

        Assert.Equal(reference, parsed);
    }

    [Fact]
    public void Unknown_fields_from_a_newer_sender_are_kept_when_relayed()
    {
        // A newer UnitRef with a field 9 this build does not know, as an older relay would receive it.
        var newer = new UnitRef { TenantId = "t-1", UnitId = "u-7" }.ToByteArray()
            .Concat(new byte[] { (9 << 3) | 2, 3, (byte)'n', (byte)'y', (byte)'t' })
            .ToArray();

        var relayed = UnitRef.Parser.ParseFrom(newer).ToByteArray();

        Assert.Equal(newer, relayed);
    }

    [Fact]
    public void Truncated_input_is_refused_not_silently_accepted()
    {
        var bytes = Stamp.ToByteArray();

        Assert.Throws<InvalidProtocolBufferException>(() => ActorStamp.Parser.ParseFrom(bytes.AsSpan(0, bytes.Length - 3).ToArray()));
    }
}
