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
        if (!limit.TryTake(request.TenantId))
        {
            throw RpcErrors.Create(
                Google.Rpc.Code.ResourceExhausted,
                "Utföraren tar emot för många synpunkter just nu. Försök igen senare, eller kontakta verksamheten direkt.");
        }
        using var tenant = TenantContext.Use(request.TenantId);
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
        db.Complaints.Add(complaint);
        publisher.Publish(ComplaintEvents.Received(complaint), complaint.Id);
        await db.SaveChangesAsync(ct);
        return new SubmitComplaintResponse { Reference = complaint.Reference, FollowUpCode = code, ReceivedOn = complaint.ReceivedOn.ToIso() };
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
