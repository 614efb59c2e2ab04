using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Contracts.Risks.V1;
using Ledningssystem.Risks.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Ledningssystem.Risks.Tests;

/// <summary>Adopting the RoV delivers InternalControlPlanAdopted to a subscriber over the platform's event delivery, as SelfInspection will receive it.</summary>
[Trait("Category", "Database")]
public sealed class InternalControlPlanTests
{
    [Fact]
    public async Task Adopting_the_RoV_delivers_the_internkontrollplan_to_a_subscriber()
    {
        await using var issuer = await DevTokenIssuerProcess.StartAsync();
        await using var database = await TestDatabase.CreateAsync();
        await using var subscriber = await EventRecorder.StartAsync(InternalControlPlanAdopted.Descriptor.FullName);
        await using var service = await RisksFixture.StartRisksAsync(database, issuer, new FakeTimeProvider(DateTimeOffset.UtcNow), [subscriber.Address]);
        var quality = new RiskService.RiskServiceClient(service.Channel(await issuer.DemoTokenAsync(Demo.SocialQualityDeveloper)));
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var risk = (await quality.IdentifyRiskAsync(Register.Identify(Demo.Hvb, "Brister i läkemedelshanteringen", today))).Risk;
        await quality.AssessRiskAsync(Register.Assess(risk.RiskId, 3, 3));
        var rov = (await quality.CreateRiskAndMaterialityAnalysisAsync(new CreateRiskAndMaterialityAnalysisRequest { UnitId = Demo.SocialRoot, Year = 2027 })).Rov;
        await quality.RateRiskAsync(new RateRiskRequest { RovId = rov.RovId, RiskId = risk.RiskId, Materiality = 4 });
        await quality.ChooseControlAsync(new ChooseControlRequest
        {
            RovId = rov.RovId, RiskId = risk.RiskId, Control = "Stickprov av signeringslistor", ResponsibleRole = "enhetschef", DocumentId = "rutin-lakemedel", Months = { 9, 3 },
        });

        await quality.AdoptRiskAndMaterialityAnalysisAsync(new AdoptRiskAndMaterialityAnalysisRequest { RovId = rov.RovId });

        await Eventually.TrueAsync(() => Task.FromResult(subscriber.Received<InternalControlPlanAdopted>().Count > 0), "InternalControlPlanAdopted reaches the subscriber");
        var plan = subscriber.Received<InternalControlPlanAdopted>().Single();
        Assert.Equal(("socialnamnden", rov.RovId, 2027), (plan.TenantId, plan.AssessmentId, plan.Year));
        var control = plan.Controls.Single();
        Assert.Equal(
            (risk.RiskId, Demo.Hvb, "Brister i läkemedelshanteringen", "Stickprov av signeringslistor", "enhetschef", "rutin-lakemedel"),
            (control.RiskId, control.UnitId, control.Title, control.Control, control.ResponsibleRole, control.DocumentId));
        Assert.Equal([3, 9], control.Months);
    }
}
