using Grpc.Core;
using Ledningssystem.Complaints.Events;
using Ledningssystem.Contracts.Complaints.V1;
using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.Complaints.Api;

/// <summary>The workflow: registering, classifying, acknowledging, investigating, answering, closing and reopening.</summary>
public sealed partial class ComplaintsApi
{
    public override async Task<RegisterComplaintResponse> RegisterComplaint(RegisterComplaintRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireAsync(Domain.ComplaintPermissions.Register, request.UnitId, ct);
        await RequireCategoriesAsync(request.CategoryIds, ct);
        var now = clock.Now;
        var complaint = Domain.Complaint.Receive(
            Guid.CreateVersion7().ToString(),
            complaints.Caller.TenantId,
            await intake.NewReferenceAsync(ct),
            followUpCodeHash: null,
            new Domain.ComplaintContent(
                request.UnitId,
                request.Kind.ToDomain(),
                request.Channel.ToDomain(),
                IsoDates.Parse(request.ReceivedOn)!.Value,
                request.Subject,
                request.Description,
                request.Complainant.ToDomain(),
                request.Anonymous),
            complaints.Actor,
            now);
        if (request.CategoryIds.Count > 0 || request.HealthCare)
        {
            complaint.Classify(request.CategoryIds, request.HealthCare, complaints.Actor, now);
        }
        db.Complaints.Add(complaint);
        Publish(complaint, ComplaintEvents.Received(complaint));
        return new RegisterComplaintResponse { Complaint = await SaveAsync(complaint, ct) };
    }

    public override async Task<ClassifyComplaintResponse> ClassifyComplaint(ClassifyComplaintRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var complaint = await complaints.HandleAsync(request.ComplaintId, ct);
        await RequireCategoriesAsync(request.CategoryIds, ct);
        var now = clock.Now;
        complaint.Classify(request.CategoryIds, request.HealthCare, complaints.Actor, now);
        Publish(complaint, ComplaintEvents.Classified(complaint, now));
        return new ClassifyComplaintResponse { Complaint = await SaveAsync(complaint, ct) };
    }

    public override async Task<AcknowledgeComplaintResponse> AcknowledgeComplaint(AcknowledgeComplaintRequest request, ServerCallContext context)
    {
        var complaint = await complaints.HandleAsync(request.ComplaintId, context.CancellationToken);
        var now = clock.Now;
        complaint.Acknowledge(IsoDates.Parse(request.AcknowledgedOn)!.Value, clock.Today, request.Note, complaints.Actor, now);
        Publish(complaint, ComplaintEvents.Acknowledged(complaint, now));
        return new AcknowledgeComplaintResponse { Complaint = await SaveAsync(complaint, context.CancellationToken) };
    }

    public override async Task<StartInvestigationResponse> StartInvestigation(StartInvestigationRequest request, ServerCallContext context)
    {
        var complaint = await complaints.HandleAsync(request.ComplaintId, context.CancellationToken);
        complaint.StartInvestigation(complaints.Actor, clock.Now);
        return new StartInvestigationResponse { Complaint = await SaveAsync(complaint, context.CancellationToken) };
    }

    public override async Task<AnswerComplaintResponse> AnswerComplaint(AnswerComplaintRequest request, ServerCallContext context)
    {
        var complaint = await complaints.HandleAsync(request.ComplaintId, context.CancellationToken);
        var now = clock.Now;
        complaint.Answer(request.Text, request.Actions, request.ConfidentialityNote, complaints.Actor, now);
        Publish(complaint, ComplaintEvents.Answered(complaint, now));
        return new AnswerComplaintResponse { Complaint = await SaveAsync(complaint, context.CancellationToken) };
    }

    public override async Task<CloseComplaintResponse> CloseComplaint(CloseComplaintRequest request, ServerCallContext context)
    {
        var complaint = await complaints.HandleAsync(request.ComplaintId, context.CancellationToken);
        var now = clock.Now;
        complaint.Close(complaints.Actor, now);
        Publish(complaint, ComplaintEvents.Closed(complaint, now));
        return new CloseComplaintResponse { Complaint = await SaveAsync(complaint, context.CancellationToken) };
    }

    public override async Task<ReopenComplaintResponse> ReopenComplaint(ReopenComplaintRequest request, ServerCallContext context)
    {
        var complaint = await complaints.HandleAsync(request.ComplaintId, context.CancellationToken);
        var now = clock.Now;
        complaint.Reopen(request.Reason, complaints.Actor, now);
        Publish(complaint, ComplaintEvents.Reopened(complaint, now));
        return new ReopenComplaintResponse { Complaint = await SaveAsync(complaint, context.CancellationToken) };
    }
}
