using Grpc.Core;
using Ledningssystem.Contracts.Documents.V1;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Documents.Tests.Support;
using static Ledningssystem.Documents.Tests.Support.Demo;

namespace Ledningssystem.Documents.Tests;

[Collection(DocumentsGroup.Name)]
[Trait("Category", "Database")]
public sealed class AcknowledgementTests(DocumentsFixture fixture)
{
    [Fact]
    public async Task Managers_see_who_has_and_has_not_acknowledged_each_version_and_a_new_version_requires_it_again()
    {
        var author = await fixture.AsAsync(AreaManager);
        var approver = await fixture.AsAsync(HealthCareManager);
        var employee = await fixture.AsAsync(Employee);
        var unitManager = await fixture.AsAsync(UnitManager);
        var id = Ids.New("rutin");
        await Flows.CreateAsync(author, id, Flows.Details("Rutin för nyckelhantering", AldreHemtjanst), "Nycklar kvitteras.");
        await author.Acknowledgements.SetAcknowledgementTargetsAsync(new SetAcknowledgementTargetsRequest
        {
            DocumentId = id,
            Targets =
            {
                new AcknowledgementTarget { Role = DocumentRole.Employee, UnitId = AldreHemtjanst },
                new AcknowledgementTarget { Role = DocumentRole.UnitManager, UnitId = AldreHemtjanst },
            },
        });
        await Flows.PublishAsync(author, approver, id, 1);
        Assert.Contains(id, await ToReadAsync(employee));
        Assert.DoesNotContain(id, await ToReadAsync(author));
        Assert.True((await fixture.Service.EventsAsync<DocumentPublished>(id)).Single().Event.RequiresAcknowledgement);

        await employee.Acknowledgements.AcknowledgeVersionAsync(new AcknowledgeVersionRequest { DocumentId = id, VersionNumber = 1 });
        await employee.Acknowledgements.AcknowledgeVersionAsync(new AcknowledgeVersionRequest { DocumentId = id, VersionNumber = 1 });
        Assert.DoesNotContain(id, await ToReadAsync(employee));
        Assert.Contains(id, await ToReadAsync(unitManager));

        var v1 = await author.Acknowledgements.ListAcknowledgementStatusAsync(new ListAcknowledgementStatusRequest { DocumentId = id, VersionNumber = 1 });
        Assert.Equal((1, 1), (v1.AcknowledgedCount, v1.PendingCount));
        Assert.True(v1.People.Single(p => p.UserId == EmployeeSub).Acknowledged);
        Assert.False(v1.People.Single(p => p.UserId == UnitManagerSub).Acknowledged);
        Assert.Contains(await fixture.Service.AuditAsync($"{id}/1"), e => e.Action == "Read" && e.UserId == AreaManagerSub);
        Assert.NotEmpty(await fixture.Service.AuditAsync($"{id}/1/{EmployeeSub}"));
        var acknowledged = Assert.Single(await fixture.Service.EventsAsync<ReadAcknowledged>(id));
        Assert.Equal(EmployeeSub, acknowledged.Event.UserId);

        var reminded = await author.Acknowledgements.SendAcknowledgementRemindersAsync(new SendAcknowledgementRemindersRequest { DocumentId = id });
        Assert.Equal(1, reminded.RemindedCount);
        Assert.Equal([UnitManagerSub], (await fixture.Service.EventsAsync<ReadAcknowledgementReminder>(id)).Select(e => e.Event.UserId));

        await author.Documents.CreateVersionAsync(new CreateVersionRequest { DocumentId = id, ChangeSummary = "Digitala nycklar", ContentMarkdown = "Digitala nycklar kvitteras i appen." });
        await Expect.FailsAsync(StatusCode.FailedPrecondition,
            author.Acknowledgements.AcknowledgeVersionAsync(new AcknowledgeVersionRequest { DocumentId = id, VersionNumber = 2 }));
        await Flows.PublishAsync(author, approver, id, 2);
        await unitManager.Acknowledgements.AcknowledgeVersionAsync(new AcknowledgeVersionRequest { DocumentId = id, VersionNumber = 2 });
        Assert.Contains(id, await ToReadAsync(employee));
        Assert.DoesNotContain(id, await ToReadAsync(unitManager));

        var v2 = await author.Acknowledgements.ListAcknowledgementStatusAsync(new ListAcknowledgementStatusRequest { DocumentId = id, VersionNumber = 2 });
        Assert.False(v2.People.Single(p => p.UserId == EmployeeSub).Acknowledged);
        Assert.True(v2.People.Single(p => p.UserId == UnitManagerSub).Acknowledged);
        var v1Again = await author.Acknowledgements.ListAcknowledgementStatusAsync(new ListAcknowledgementStatusRequest { DocumentId = id, VersionNumber = 1 });
        Assert.True(v1Again.People.Single(p => p.UserId == EmployeeSub).Acknowledged);
        var superseded = await Expect.FailsAsync(StatusCode.FailedPrecondition,
            employee.Acknowledgements.AcknowledgeVersionAsync(new AcknowledgeVersionRequest { DocumentId = id, VersionNumber = 1 }));
        Assert.Equal("SUPERSEDED", Expect.ErrorInfo(superseded)!.Metadata["current_state"]);

        await Expect.FailsAsync(StatusCode.PermissionDenied,
            employee.Acknowledgements.ListAcknowledgementStatusAsync(new ListAcknowledgementStatusRequest { DocumentId = id, VersionNumber = 2 }));
        var page = await author.Acknowledgements.ListAcknowledgementStatusAsync(new ListAcknowledgementStatusRequest { DocumentId = id, VersionNumber = 2, PageSize = 1 });
        Assert.Single(page.People);
        var next = await author.Acknowledgements.ListAcknowledgementStatusAsync(new ListAcknowledgementStatusRequest { DocumentId = id, VersionNumber = 2, PageSize = 1, PageToken = page.NextPageToken });
        Assert.NotEqual(page.People[0].UserId, Assert.Single(next.People).UserId);
    }

    /// <summary>Every document the caller has left to read, two to a page (so the paging is walked too).</summary>
    private static async Task<List<string>> ToReadAsync(DocumentClients caller)
    {
        var ids = new List<string>();
        var token = "";
        do
        {
            var page = await caller.Acknowledgements.ListDocumentsToReadAsync(new ListDocumentsToReadRequest { PageSize = 2, PageToken = token });
            ids.AddRange(page.Documents.Select(d => d.DocumentId));
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        return ids;
    }
}
