using Grpc.Core;
using Ledningssystem.Complaints.Tests.Support;
using Ledningssystem.Contracts.Complaints.V1;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Calendar;

namespace Ledningssystem.Complaints.Tests;

/// <summary>Requests the service refuses before any rule runs: INVALID_ARGUMENT naming the fields, in Swedish.</summary>
[Collection(ComplaintsGroup.Name)]
public sealed class ValidationTests(ComplaintsFixture platform)
{
    public static TheoryData<string, string> BadRegistrations() => new()
    {
        { "web form", "channel" },
        { "no channel", "channel" },
        { "future", "received_on" },
        { "bad date", "received_on" },
        { "no subject", "subject" },
        { "long description", "description" },
        { "anonymous with contact", "complainant" },
        { "named but anonymous role", "complainant.role" },
        { "no unit", "unit_id" },
        { "too many categories", "category_ids" },
    };

    [Theory]
    [MemberData(nameof(BadRegistrations))]
    public async Task A_bad_registration_is_refused_naming_the_field(string bad, string field)
    {
        var tomorrow = SwedishCalendar.Today(platform.Clock).AddDays(1).ToIso();
        var request = Workflow.Register(Demo.HemtjanstNorr, new Workflow(platform).Today);
        switch (bad)
        {
            case "web form": request.Channel = Channel.WebForm; break;
            case "no channel": request.Channel = Channel.Unspecified; break;
            case "future": request.ReceivedOn = tomorrow; break;
            case "bad date": request.ReceivedOn = "1/2/2026"; break;
            case "no subject": request.Subject = ""; break;
            case "long description": request.Description = new string('x', Complaints.Domain.Limits.LongText + 1); break;
            case "anonymous with contact": request.Anonymous = true; break;
            case "named but anonymous role": request.Complainant.Role = ComplainantRole.Anonymous; break;
            case "no unit": request.UnitId = ""; break;
            default: request.CategoryIds.AddRange(Enumerable.Range(0, Complaints.Domain.Limits.Categories + 1).Select(i => $"c{i}")); break;
        }
        var employee = await platform.AsAsync(Demo.AldreEmployee);

        var refused = await Expect.FailsAsync(StatusCode.InvalidArgument, employee.RegisterComplaintAsync(request));

        Assert.Contains(field, Expect.FieldViolations(refused));
    }

    [Fact]
    public async Task Steps_check_ids_dates_and_texts()
    {
        var manager = await platform.AsAsync(Demo.AldreUnitManager);

        Assert.Contains("complaint_id", Expect.FieldViolations(await Expect.FailsAsync(StatusCode.InvalidArgument, manager.GetComplaintAsync(new GetComplaintRequest()))));
        Assert.Contains("complaint_id", Expect.FieldViolations(await Expect.FailsAsync(StatusCode.InvalidArgument, manager.GetComplaintAsync(new GetComplaintRequest { ComplaintId = new string('x', 101) }))));
        Assert.Contains("acknowledged_on", Expect.FieldViolations(await Expect.FailsAsync(StatusCode.InvalidArgument, manager.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest { ComplaintId = "x", AcknowledgedOn = "igår" }))));
        Assert.Contains("text", Expect.FieldViolations(await Expect.FailsAsync(StatusCode.InvalidArgument, manager.AnswerComplaintAsync(new AnswerComplaintRequest { ComplaintId = "x" }))));
        Assert.Contains("reason", Expect.FieldViolations(await Expect.FailsAsync(StatusCode.InvalidArgument, manager.ReopenComplaintAsync(new ReopenComplaintRequest { ComplaintId = "x" }))));
        Assert.Contains("received_to", Expect.FieldViolations(await Expect.FailsAsync(StatusCode.InvalidArgument, manager.ListComplaintsAsync(new ListComplaintsRequest { ReceivedFrom = "2026-02-01", ReceivedTo = "2026-01-01" }))));
        Assert.Contains("page_token", Expect.FieldViolations(await Expect.FailsAsync(StatusCode.InvalidArgument, manager.ListComplaintsAsync(new ListComplaintsRequest { PageToken = "?" }))));
        var levels = Expect.FieldViolations(await Expect.FailsAsync(StatusCode.InvalidArgument,
            manager.SetServiceLevelsAsync(new SetServiceLevelsRequest { ServiceLevels = new ServiceLevels { AcknowledgeWorkingDays = 5, AnswerWorkingDays = 2 } })));
        Assert.Contains("service_levels.answer_working_days", levels);
        Assert.Contains("service_levels.contact_retention_months", levels);
        var refused = await Expect.FailsAsync(StatusCode.InvalidArgument, manager.AnswerComplaintAsync(new AnswerComplaintRequest { ComplaintId = "x" }));
        Assert.Equal("Begäran innehåller ogiltiga uppgifter.", refused.Status.Detail);
    }

    [Fact]
    public async Task An_unknown_category_or_complaint_is_not_found()
    {
        var complaint = await new Workflow(platform).InStateAsync(ComplaintState.Received);
        var manager = await platform.AsAsync(Demo.AldreUnitManager);

        await Expect.FailsAsync(StatusCode.NotFound, manager.ClassifyComplaintAsync(new ClassifyComplaintRequest { ComplaintId = complaint.ComplaintId, CategoryIds = { "ingen-sadan" } }));
        await Expect.FailsAsync(StatusCode.NotFound, manager.GetComplaintAsync(new GetComplaintRequest { ComplaintId = "finns-inte" }));
    }
}
