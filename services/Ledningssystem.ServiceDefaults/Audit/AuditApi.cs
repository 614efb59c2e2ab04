using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Ledningssystem.Contracts.Audit.V1;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using AuditEntryMessage = Ledningssystem.Contracts.Audit.V1.AuditEntry;

namespace Ledningssystem.ServiceDefaults.Audit;

/// <summary>Serves a service's audit trail to the tenant's reviewers; the tenant filter scopes every query.</summary>
public sealed class AuditApi<TContext>(TContext db, IAccessControl access) : AuditService.AuditServiceBase
    where TContext : PlatformDbContext
{
    public override async Task<ListAuditEntriesResponse> ListAuditEntries(ListAuditEntriesRequest request, ServerCallContext context)
    {
        await access.RequireTenantWideAsync(AuditPermissions.Review, context.CancellationToken);
        var query = db.AuditEntries.AsNoTracking();
        if (request.EntityType.Length > 0)
        {
            query = query.Where(e => e.EntityType == request.EntityType);
        }
        if (request.EntityId.Length > 0)
        {
            query = query.Where(e => e.EntityId == request.EntityId);
        }
        if (request.UserId.Length > 0)
        {
            query = query.Where(e => e.UserId == request.UserId);
        }
        if (request.From is { } from)
        {
            var fromTime = from.ToDateTimeOffset();
            query = query.Where(e => e.At >= fromTime);
        }
        if (request.To is { } to)
        {
            var toTime = to.ToDateTimeOffset();
            query = query.Where(e => e.At < toTime);
        }
        if (request.PageToken.Length > 0 && Paging.TryReadToken(request.PageToken, out var after))
        {
            query = query.Where(e => e.Id < after);
        }

        var size = Paging.PageSize(request.PageSize);
        var page = await query.OrderByDescending(e => e.Id).Take(size + 1).ToListAsync(context.CancellationToken);
        var response = new ListAuditEntriesResponse();
        response.Entries.AddRange(page.Take(size).Select(ToMessage));
        if (page.Count > size)
        {
            response.NextPageToken = Paging.Token(page[size - 1].Id);
        }
        return response;
    }

    private static AuditEntryMessage ToMessage(AuditEntry entry) => new()
    {
        Id = entry.Id,
        UserId = entry.UserId,
        Action = (Contracts.Audit.V1.AuditAction)(int)entry.Action,
        EntityType = entry.EntityType,
        EntityId = entry.EntityId,
        Reason = entry.Reason ?? "",
        CorrelationId = entry.CorrelationId ?? "",
        At = Timestamp.FromDateTimeOffset(entry.At),
    };
}

public static class AuditPermissions
{
    /// <summary>Log review (loggkontroll) is for those responsible for the whole organisation's information security.</summary>
    public static readonly Permission Review = new("audit.review", Role.TenantAdmin, Role.Mas, Role.HealthCareManager, Role.AdministrationHead);
}

public sealed class ListAuditEntriesValidator : IRequestValidator<ListAuditEntriesRequest>
{
    public void Validate(ListAuditEntriesRequest request, ValidationErrors errors)
    {
        errors.Page(request.PageSize, request.PageToken)
            .MaxLength("entity_type", request.EntityType, 100)
            .MaxLength("entity_id", request.EntityId, 100)
            .MaxLength("user_id", request.UserId, 200);
        if (request.EntityId.Length > 0 && request.EntityType.Length == 0)
        {
            errors.Add("entity_type", "Ange entitetstyp när ett entitets-id anges.");
        }
        if (request.From is not null && request.To is not null && request.From.ToDateTimeOffset() >= request.To.ToDateTimeOffset())
        {
            errors.Add("to", "Slutet måste ligga efter början.");
        }
    }
}
