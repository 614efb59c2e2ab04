using Grpc.Core;
using Ledningssystem.Complaints.Data;
using Ledningssystem.Complaints.Events;
using Ledningssystem.Contracts.Complaints.V1;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ledningssystem.Complaints.Api;

/// <summary>
/// The public form, called without a token (registered in ComplaintsService): the providers and their units by name,
/// sending a complaint to one of them, and following it up with the reference and the code. Nothing here has a caller,
/// so each step acts for the chosen tenant explicitly.
/// </summary>
public sealed class PublicComplaintsApi(
    ComplaintsDb db,
    IProviderDirectory providers,
    IEventPublisher publisher,
    ComplaintIntake intake,
    PublicSubmissionLimit limit,
    IOptions<ComplaintsOptions> options,
    WorkflowClock clock) : PublicComplaintService.PublicComplaintServiceBase
{
    public const string ServiceName = "ledningssystem.complaints.v1.PublicComplaintService";

    private const string NotFound = "Det finns inget ärende med den referensen och koden.";

    public override async Task<ListProvidersResponse> ListProviders(ListProvidersRequest request, ServerCallContext context)
    {
        var page = await providers.ProvidersAsync(request.PageSize, request.PageToken, context.CancellationToken);
        return new ListProvidersResponse
        {
            Providers = { page.Items.Select(p => new Provider { TenantId = p.TenantId, Name = p.Name }) },
            NextPageToken = page.NextPageToken,
        };
    }

    public override async Task<ListProviderUnitsResponse> ListProviderUnits(ListProviderUnitsRequest request, ServerCallContext context)
    {
        var page = await providers.UnitsAsync(request.TenantId, request.PageSize, request.PageToken, context.CancellationToken)
            ?? throw RpcErrors.NotFound($"Utföraren {request.TenantId} finns inte.");
        return new ListProviderUnitsResponse
        {
            Units = { page.Items.Select(u => new ProviderUnit { UnitId = u.UnitId, Name = u.Name, ParentUnitId = u.ParentUnitId ?? "" }) },
            NextPageToken = page.NextPageToken,
        };
    }

    public override async Task<SubmitComplaintResponse> SubmitComplaint(SubmitComplaintRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        if (await providers.NamesAsync(request.TenantId, request.UnitId, ct) is null)
        {
            throw RpcErrors.InvalidArgument("unit_id", "Välj en enhet hos den valda utföraren.");
        }
        using var tenant = TenantContext.Use(request.TenantId);
        // The request id is as secret as the code while it answers retries: only its hash is kept, like the code's.
        var submissionKey = request.RequestId.Length > 0 ? Domain.ComplaintCodes.Hash(request.RequestId) : null;
        if (submissionKey is not null && await SubmittedAsync(submissionKey, ct) is { } submitted)
        {
            return await RetriedAsync(submitted, ct);
        }
        if (!limit.TryTake(request.TenantId))
        {
            throw RpcErrors.Create(
                Google.Rpc.Code.ResourceExhausted,
                "Utföraren tar emot för många synpunkter just nu. Försök igen senare, eller kontakta verksamheten direkt.");
        }
        var code = Domain.ComplaintCodes.NewFollowUpCode();
        var complaint = Domain.Complaint.Receive(
            Guid.CreateVersion7().ToString(),
            request.TenantId,
            await intake.NewReferenceAsync(ct),
            Domain.ComplaintCodes.Hash(code),
            new Domain.ComplaintContent(
                request.UnitId,
                request.Kind.ToDomain(),
                Domain.Channel.WebForm,
                clock.Today,
                request.Subject,
                request.Description,
                request.Complainant.ToDomain(),
                request.Anonymous),
            Domain.ComplaintActors.PublicForm,
            clock.Now);
        complaint.Schedule(await intake.LevelsAsync(request.TenantId, ct));
        if (submissionKey is not null)
        {
            complaint.KeySubmission(submissionKey);
        }
        db.Complaints.Add(complaint);
        publisher.Publish(ComplaintEvents.Received(complaint), complaint.Id);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (submissionKey is not null)
        {
            // A concurrent retry of the same submission committed first: answer with its complaint.
            db.ChangeTracker.Clear();
            return await RetriedAsync(
                await SubmittedAsync(submissionKey, ct) ?? throw new InvalidOperationException("A unique index refused a submission it cannot find."), ct);
        }
        return new SubmitComplaintResponse { Reference = complaint.Reference, FollowUpCode = code, ReceivedOn = complaint.ReceivedOn.ToIso() };
    }

    /// <summary>The current tenant's complaint submitted with the request id's hash, tracked.</summary>
    private Task<Domain.Complaint?> SubmittedAsync(string submissionKey, CancellationToken ct) =>
        db.Complaints.SingleOrDefaultAsync(c => c.SubmissionKeyHash == submissionKey, ct);

    /// <summary>
    /// A retry of a submission already saved: its reference with a new code, which replaces the first (shown once and
    /// perhaps lost with the answer). Only within the retry window; later the request id opens nothing.
    /// </summary>
    private async Task<SubmitComplaintResponse> RetriedAsync(Domain.Complaint submitted, CancellationToken ct)
    {
        if (clock.Now - submitted.RegisteredAt > options.Value.PublicRetryWindow)
        {
            throw RpcErrors.FailedPrecondition(
                "Formuläret har redan skickats. Använd referensen och koden du fick, eller fyll i formuläret på nytt.", "ALREADY_SUBMITTED");
        }
        var code = Domain.ComplaintCodes.NewFollowUpCode();
        submitted.ReissueFollowUpCode(Domain.ComplaintCodes.Hash(code));
        await db.SaveChangesAsync(ct);
        return new SubmitComplaintResponse { Reference = submitted.Reference, FollowUpCode = code, ReceivedOn = submitted.ReceivedOn.ToIso() };
    }

    public override async Task<FollowUpComplaintResponse> FollowUpComplaint(FollowUpComplaintRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var reference = Domain.ComplaintCodes.NormalizeReference(request.Reference);
        var complaint = await db.Complaints.AsNoTracking().IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .SingleOrDefaultAsync(c => c.Reference == reference, ct);
        // A wrong reference and a wrong code answer alike, so that neither can be guessed apart.
        if (complaint is null || !complaint.OpensWith(request.FollowUpCode))
        {
            throw RpcErrors.NotFound(NotFound);
        }
        var names = await providers.NamesAsync(complaint.TenantId, complaint.UnitId, ct);
        var forwardedTo = complaint.ForwardedTo is { } to ? await providers.NamesAsync(to.TenantId, to.UnitId, ct) : null;
        return complaint.ToFollowUp(names?.Provider ?? "", names?.Unit ?? "", forwardedTo?.Provider ?? "");
    }
}
