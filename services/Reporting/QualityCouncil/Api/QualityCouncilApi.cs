using Google.Protobuf;
using Grpc.Core;
using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Data;
using Ledningssystem.Reporting.QualityCouncil.Data;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Audit;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Domain = Ledningssystem.Reporting.QualityCouncil.Domain;
using Months = Ledningssystem.Reporting.Domain.Months;
using Permissions = Ledningssystem.Reporting.Domain.ReportingPermissions;

namespace Ledningssystem.Reporting.QualityCouncil.Api;

/// <summary>The kvalitetsråd over gRPC: the balanslista, the underlag and the protocols of a unit or avdelning.</summary>
public sealed class QualityCouncilApi(
    ReportingDb db, IAccessControl access, IOrganizationDirectory organization, IAuditTrail audit, ITenantContext tenant, CouncilBasisBuilder basis, TimeProvider clock)
    : QualityCouncilService.QualityCouncilServiceBase
{
    private const string BalanceListAudit = "BalanceList";
    private const string ProtocolAudit = "CouncilProtocol";

    public override async Task<ListBalanceItemsResponse> ListBalanceItems(ListBalanceItemsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var units = await SubtreeAsync(request.UnitId, ct);
        var today = SwedishCalendar.Today(clock);
        var items = db.BalanceItemsOf(units);
        if (!request.IncludeCompleted || request.OnlyOverdue)
        {
            items = items.Where(i => i.Status == Domain.BalanceItemStatus.Open);
        }
        if (request.OnlyOverdue)
        {
            items = items.Where(i => i.Kind == Domain.BalanceItemKind.ComplaintAcknowledgement || i.Kind == Domain.BalanceItemKind.ComplaintAnswer || i.DueOn < today);
        }
        if (request.Source.ToDomain() is { } source)
        {
            items = items.Where(i => i.Source == source);
        }
        // A subtree's list is at most some hundred items and is read by due day, so the token is an offset into that order.
        var skip = request.PageToken.Length > 0 && Paging.TryReadToken(request.PageToken, out var offset) ? (int)Math.Clamp(offset, 0, int.MaxValue) : 0;
        var size = Paging.PageSize(request.PageSize);
        var page = await items
            .OrderBy(i => i.DueOn == null).ThenBy(i => i.DueOn).ThenBy(i => i.Source).ThenBy(i => i.Key)
            .Skip(skip)
            .Take(size + 1)
            .ToListAsync(ct);
        await audit.RecordReadAsync(BalanceListAudit, request.UnitId, cancellationToken: ct);
        return new ListBalanceItemsResponse
        {
            Items = { page.Take(size).Select(i => i.ToProto(today)) },
            NextPageToken = page.Count > size ? Paging.Token(skip + size) : "",
        };
    }

    public override async Task<GetCouncilBasisResponse> GetCouncilBasis(GetCouncilBasisRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var units = await SubtreeAsync(request.UnitId, ct);
        var (occasion, period) = PeriodOf(request.Occasion, request.Year, request.Months);
        return new GetCouncilBasisResponse { Basis = await BasisAsync(request.UnitId, units, occasion, period, ct) };
    }

    public override async Task<RecordCouncilProtocolResponse> RecordCouncilProtocol(RecordCouncilProtocolRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var units = await SubtreeAsync(request.UnitId, ct);
        var (occasion, period) = PeriodOf(request.Occasion, request.Year, request.Months);
        var heldOn = IsoDates.Parse(request.HeldOn)!.Value;
        var present = request.Present.Select(p => p.Trim()).ToList();
        var decisions = request.Decisions
            .Select(d => new Domain.CouncilDecision(d.Topic.ToDomain(), d.Decision.Trim(), d.Responsible.Trim(), IsoDates.Parse(d.FollowUpOn)!.Value))
            .ToList();
        var existing = await db.CouncilProtocols.SingleOrDefaultAsync(p => p.UnitId == request.UnitId && p.HeldOn == heldOn, ct);
        if (existing is not null)
        {
            return existing.SameAs(occasion, period.From, period.To, present, decisions)
                ? new RecordCouncilProtocolResponse { Protocol = ToProto(existing) }
                : throw new Reporting.Domain.ReportingRuleException(
                    "PROTOCOL_EXISTS", $"Kvalitetsrådet för enheten den {heldOn.ToIso()} har redan ett protokoll.", new Dictionary<string, string> { ["protocol_id"] = existing.Id });
        }
        var councilBasis = await BasisAsync(request.UnitId, units, occasion, period, ct);
        var protocol = Domain.CouncilProtocol.Record(
            Guid.CreateVersion7().ToString(), request.UnitId, heldOn, occasion, period.From, period.To, present, decisions,
            JsonFormatter.Default.Format(councilBasis), tenant.ActorId, SwedishCalendar.Today(clock), clock.Now());
        db.CouncilProtocols.Add(protocol);
        await db.SaveChangesAsync(ct);
        return new RecordCouncilProtocolResponse { Protocol = ToProto(protocol) };
    }

    public override async Task<GetCouncilProtocolResponse> GetCouncilProtocol(GetCouncilProtocolRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var protocol = await db.CouncilProtocols.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.ProtocolId, ct)
            ?? throw RpcErrors.NotFound($"Protokollet {request.ProtocolId} finns inte.");
        if (!await MayReadAsync(protocol.UnitId, ct))
        {
            throw RpcErrors.PermissionDenied();
        }
        await audit.RecordReadAsync(ProtocolAudit, protocol.Id, cancellationToken: ct);
        return new GetCouncilProtocolResponse { Protocol = ToProto(protocol) };
    }

    public override async Task<ListCouncilProtocolsResponse> ListCouncilProtocols(ListCouncilProtocolsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await SubtreeAsync(request.UnitId, ct);
        // Seed 001: the units' protocols go to the avdelning's council and the avdelning's to its units.
        List<string> councils = [request.UnitId, .. await organization.ChildrenAsync(request.UnitId, ct)];
        if (await organization.ParentAsync(request.UnitId, ct) is { } parent)
        {
            councils.Add(parent);
        }
        var page = await db.CouncilProtocols.AsNoTracking().Where(p => councils.Contains(p.UnitId)).PageAsync(request.PageSize, request.PageToken, ct);
        return new ListCouncilProtocolsResponse
        {
            Protocols =
            {
                page.Items.Select(p => new CouncilProtocolSummary
                {
                    ProtocolId = p.Id, UnitId = p.UnitId, HeldOn = p.HeldOn.ToIso(), Occasion = p.Occasion?.ToProto() ?? CouncilOccasion.Unspecified,
                    Period = new Domain.MonthRange(p.FromMonth, p.ToMonth).ToProto(), Decisions = p.Decisions.Count,
                }),
            },
            NextPageToken = page.NextPageToken,
        };
    }

    /// <summary>The unit's subtree once the caller may work in its kvalitetsråd; another tenant's unit is NOT_FOUND.</summary>
    private async Task<IReadOnlyList<string>> SubtreeAsync(string unitId, CancellationToken ct)
    {
        var subtree = await organization.SubtreeAsync(unitId, ct) ?? throw RpcErrors.NotFound($"Enheten {unitId} finns inte.");
        await access.RequireAsync(Permissions.QualityCouncil, unitId, ct);
        return subtree;
    }

    /// <summary>The council of the protocol's unit or above it, or of a unit directly below it.</summary>
    private async Task<bool> MayReadAsync(string unitId, CancellationToken ct)
    {
        if (await access.IsAllowedAsync(Permissions.QualityCouncil, unitId, ct))
        {
            return true;
        }
        foreach (var child in await organization.ChildrenAsync(unitId, ct))
        {
            if (await access.IsAllowedAsync(Permissions.QualityCouncil, child, ct))
            {
                return true;
            }
        }
        return false;
    }

    private async Task<CouncilBasis> BasisAsync(
        string unitId, IReadOnlyList<string> units, Domain.CouncilOccasion? occasion, Domain.MonthRange period, CancellationToken ct) =>
        await basis.BuildAsync(unitId, await organization.UnitNameAsync(unitId, ct) ?? unitId, units, occasion, period, ct);

    /// <summary>The occasion's period of the year, or the explicit months (the validator lets only one of them through).</summary>
    private static (Domain.CouncilOccasion? Occasion, Domain.MonthRange Period) PeriodOf(CouncilOccasion occasion, int year, MonthPeriod? months) =>
        occasion.ToDomain() is { } chosen
            ? (chosen, Domain.MonthRange.Of(chosen, year))
            : (null, new Domain.MonthRange(Months.Parse(months!.FromMonth)!.Value, Months.Parse(months.ToMonth)!.Value));

    private static CouncilProtocol ToProto(Domain.CouncilProtocol protocol) => new()
    {
        ProtocolId = protocol.Id,
        UnitId = protocol.UnitId,
        HeldOn = protocol.HeldOn.ToIso(),
        Present = { protocol.Present },
        Decisions =
        {
            protocol.Decisions.Select(d => new CouncilDecision { Topic = d.Topic.ToProto(), Decision = d.Decision, Responsible = d.Responsible, FollowUpOn = d.FollowUpOn.ToIso() }),
        },
        Basis = CouncilBasis.Parser.ParseJson(protocol.Basis),
        RecordedBy = protocol.RecordedBy,
        RecordedAt = protocol.RecordedAt.ToProto(),
    };
}
