using Grpc.Core;
using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Tests.Support;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.Tests.QualityCouncil;

/// <summary>
/// Protocols of the kvalitetsråd of Hemtjänst Norr (Erik, enhetschef) and of Avdelning hemtjänst above it (Olof,
/// områdeschef): each council reads its own, the unit's goes up to the avdelning and the avdelning's down to its units.
/// </summary>
[Collection(SourcesGroup.Name)]
public sealed class CouncilProtocolTests(SourcesFixture platform)
{
    private static readonly string Today = SwedishCalendar.Today(TimeProvider.System).ToIso();

    private async Task<QualityCouncilService.QualityCouncilServiceClient> CouncilAsAsync(string username) =>
        new(platform.Reporting.Channel(await platform.Issuer.DemoTokenAsync(username)));

    private static RecordCouncilProtocolRequest Protocol(string unitId, string decision) => new()
    {
        UnitId = unitId,
        HeldOn = Today,
        Occasion = CouncilOccasion.AnnualReport,
        Year = SwedishCalendar.Today(TimeProvider.System).Year,
        Present = { "Erik Eriksson", "Olof Olsson" },
        Decisions =
        {
            new CouncilDecision { Topic = CouncilTopic.SocialCareDeficiencies, Decision = decision, Responsible = "Erik Eriksson", FollowUpOn = Today },
        },
    };

    /// <summary>Records (or, being idempotent, finds) the two councils' protocols of today.</summary>
    private async Task<(CouncilProtocol Unit, CouncilProtocol Avdelning)> RecordBothAsync()
    {
        var unit = (await (await CouncilAsAsync(Demo.AldreUnitManager)).RecordCouncilProtocolAsync(Protocol(Demo.HemtjanstNorr, "Genomgång av rutinen för dusch på APT."))).Protocol;
        var avdelning = (await (await CouncilAsAsync(DemoUsers.OlofOlsson)).RecordCouncilProtocolAsync(Protocol(Demo.Hemtjanst, "Fel och brister följs upp i varje enhet."))).Protocol;
        return (unit, avdelning);
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task A_recorded_protocol_keeps_its_decisions_and_the_underlag_it_was_held_on()
    {
        var (unit, _) = await RecordBothAsync();

        Assert.Equal((Demo.HemtjanstNorr, Today, DemoUsers.ErikErikssonSub), (unit.UnitId, unit.HeldOn, unit.RecordedBy));
        Assert.Equal(["Erik Eriksson", "Olof Olsson"], unit.Present);
        var decision = Assert.Single(unit.Decisions);
        Assert.Equal((CouncilTopic.SocialCareDeficiencies, "Erik Eriksson", Today), (decision.Topic, decision.Responsible, decision.FollowUpOn));
        Assert.Equal(CouncilOccasion.AnnualReport, unit.Basis.Occasion);
        // The underlag counts Hemtjänst Norr's six SoL incidents reported this month (SourcesFixture).
        Assert.Equal(6, unit.Basis.Agenda.Single(a => a.Topic == CouncilTopic.SocialCareDeficiencies).Figures.Single(f => f.Key == "INCIDENT_KIND_SOCIAL_CARE").Count);
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task The_unit_s_protocol_goes_up_to_the_avdelning_and_the_avdelning_s_down_to_the_unit()
    {
        var (unit, avdelning) = await RecordBothAsync();
        var erik = await CouncilAsAsync(Demo.AldreUnitManager);
        var olof = await CouncilAsAsync(DemoUsers.OlofOlsson);
        var mas = await CouncilAsAsync(Demo.AldreMas);

        var erikSees = (await erik.ListCouncilProtocolsAsync(new ListCouncilProtocolsRequest { UnitId = Demo.HemtjanstNorr })).Protocols.Select(p => p.ProtocolId);
        var olofSees = (await olof.ListCouncilProtocolsAsync(new ListCouncilProtocolsRequest { UnitId = Demo.Hemtjanst })).Protocols.Select(p => p.ProtocolId);
        var forvaltningSees = (await mas.ListCouncilProtocolsAsync(new ListCouncilProtocolsRequest { UnitId = "aldrenamnden.forvaltning" })).Protocols.Select(p => p.ProtocolId);

        Assert.Equal([unit.ProtocolId, avdelning.ProtocolId], erikSees);
        Assert.Equal([unit.ProtocolId, avdelning.ProtocolId], olofSees);
        Assert.Equal([avdelning.ProtocolId], forvaltningSees);
        Assert.Equal(avdelning.Decisions, (await erik.GetCouncilProtocolAsync(new GetCouncilProtocolRequest { ProtocolId = avdelning.ProtocolId })).Protocol.Decisions);
        Assert.Equal(unit.Decisions, (await olof.GetCouncilProtocolAsync(new GetCouncilProtocolRequest { ProtocolId = unit.ProtocolId })).Protocol.Decisions);
        Assert.True(await platform.Reporting.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .AnyAsync(a => a.EntityType == "CouncilProtocol" && a.EntityId == avdelning.ProtocolId && a.UserId == DemoUsers.ErikErikssonSub)));
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task Recording_again_answers_the_same_protocol_and_another_one_for_the_day_is_refused()
    {
        var (unit, _) = await RecordBothAsync();
        var erik = await CouncilAsAsync(Demo.AldreUnitManager);

        var again = (await erik.RecordCouncilProtocolAsync(Protocol(Demo.HemtjanstNorr, "Genomgång av rutinen för dusch på APT."))).Protocol;
        var refused = await Expect.FailsAsync(StatusCode.FailedPrecondition, erik.RecordCouncilProtocolAsync(Protocol(Demo.HemtjanstNorr, "Ett annat beslut.")));

        Assert.Equal(unit.ProtocolId, again.ProtocolId);
        Assert.Contains("redan ett protokoll", refused.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_protocol_of_a_meeting_not_yet_held_or_without_those_present_is_refused()
    {
        var erik = await CouncilAsAsync(Demo.AldreUnitManager);
        var future = Protocol(Demo.HemtjanstNorr, "Beslut.");
        future.HeldOn = SwedishCalendar.Today(TimeProvider.System).AddDays(7).ToIso();
        future.Decisions[0].FollowUpOn = future.HeldOn;
        var nobody = Protocol(Demo.HemtjanstNorr, "Beslut.");
        nobody.Present.Clear();
        nobody.Decisions[0].FollowUpOn = "snart";

        await Expect.FailsAsync(StatusCode.FailedPrecondition, erik.RecordCouncilProtocolAsync(future));
        var invalid = await Expect.FailsAsync(StatusCode.InvalidArgument, erik.RecordCouncilProtocolAsync(nobody));

        Assert.Equal(["decisions[0].follow_up_on", "present"], Expect.FieldViolations(invalid).Order(StringComparer.Ordinal));
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task Staff_outside_the_council_and_other_tenants_do_not_see_the_protocols()
    {
        var (unit, _) = await RecordBothAsync();
        var anna = await CouncilAsAsync(Demo.AldreEmployee);
        var klara = await CouncilAsAsync(Demo.SocialQualityDeveloper);
        var solgardenNurse = await CouncilAsAsync(Demo.SolgardenNurse);

        await Expect.FailsAsync(StatusCode.PermissionDenied, anna.RecordCouncilProtocolAsync(Protocol(Demo.HemtjanstNorr, "Beslut.")));
        await Expect.FailsAsync(StatusCode.PermissionDenied, anna.GetCouncilProtocolAsync(new GetCouncilProtocolRequest { ProtocolId = unit.ProtocolId }));
        await Expect.FailsAsync(StatusCode.PermissionDenied, solgardenNurse.ListCouncilProtocolsAsync(new ListCouncilProtocolsRequest { UnitId = Demo.Solgarden }));
        await Expect.FailsAsync(StatusCode.NotFound, klara.GetCouncilProtocolAsync(new GetCouncilProtocolRequest { ProtocolId = unit.ProtocolId }));
        await Expect.FailsAsync(StatusCode.NotFound, klara.ListCouncilProtocolsAsync(new ListCouncilProtocolsRequest { UnitId = Demo.HemtjanstNorr }));
    }
}
