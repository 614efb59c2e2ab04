using Grpc.Core;
using Ledningssystem.Contracts.SelfInspection.V1;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.SelfInspection.Data;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.SelfInspection.Api;

/// <summary>The tenant's checklist templates: written tenant-wide, read by whoever sees plans.</summary>
public sealed class ChecklistsApi(SelfInspectionDb db, InspectionAccess inspections, IAccessControl access) : ChecklistService.ChecklistServiceBase
{
    public override async Task<CreateChecklistTemplateResponse> CreateChecklistTemplate(CreateChecklistTemplateRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireTenantWideAsync(Domain.SelfInspectionPermissions.Templates, ct);
        var template = Domain.ChecklistTemplate.Create(Ids.New(), inspections.Caller.TenantId, request.Name, request.Questions.Select(q => q.ToDomain()), request.Activity.ToDomain());
        db.Templates.Add(template);
        await db.SaveChangesAsync(ct);
        return new CreateChecklistTemplateResponse { Template = template.ToProto() };
    }

    public override async Task<GetChecklistTemplateResponse> GetChecklistTemplate(GetChecklistTemplateRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await RequireReaderAsync(ct);
        return new GetChecklistTemplateResponse { Template = (await LoadAsync(request.TemplateId, ct)).ToProto() };
    }

    public override async Task<ListChecklistTemplatesResponse> ListChecklistTemplates(ListChecklistTemplatesRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await RequireReaderAsync(ct);
        var page = await db.Templates.AsNoTracking().PageAsync(request.PageSize, request.PageToken, ct);
        return new ListChecklistTemplatesResponse { Templates = { page.Items.Select(t => t.ToProto()) }, NextPageToken = page.NextPageToken };
    }

    public override async Task<PublishChecklistTemplateResponse> PublishChecklistTemplate(PublishChecklistTemplateRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireTenantWideAsync(Domain.SelfInspectionPermissions.Templates, ct);
        var template = await LoadAsync(request.TemplateId, ct);
        template.Publish();
        var earlier = await db.Templates
            .Where(t => t.SeriesId == template.SeriesId && t.Id != template.Id && t.State == Domain.TemplateState.Published)
            .ToListAsync(ct);
        earlier.ForEach(t => t.Retire());
        await db.SaveChangesAsync(ct);
        return new PublishChecklistTemplateResponse { Template = template.ToProto() };
    }

    public override async Task<ReviseChecklistTemplateResponse> ReviseChecklistTemplate(ReviseChecklistTemplateRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireTenantWideAsync(Domain.SelfInspectionPermissions.Templates, ct);
        var template = await LoadAsync(request.TemplateId, ct);
        var revision = template.Revise(Ids.New(), request.Questions.Select(q => q.ToDomain()));
        if (await db.Templates.AnyAsync(t => t.SeriesId == template.SeriesId && t.State == Domain.TemplateState.Draft, ct))
        {
            throw new Domain.SelfInspectionRuleException(
                "DRAFT_EXISTS", "Det finns redan ett utkast till en ny version av checklistan.", Domain.TemplateState.Draft);
        }
        db.Templates.Add(revision);
        await db.SaveChangesAsync(ct);
        return new ReviseChecklistTemplateResponse { Template = revision.ToProto() };
    }

    public override async Task<ShareChecklistTemplateResponse> ShareChecklistTemplate(ShareChecklistTemplateRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireTenantWideAsync(Domain.SelfInspectionPermissions.Templates, ct);
        var template = await LoadAsync(request.TemplateId, ct);
        template.Share(request.TenantIds, request.ToAllTenants);
        await db.SaveChangesAsync(ct);
        return new ShareChecklistTemplateResponse { Template = template.ToProto() };
    }

    public override async Task<ListSharedChecklistTemplatesResponse> ListSharedChecklistTemplates(ListSharedChecklistTemplatesRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await RequireReaderAsync(ct);
        var page = await Shared(inspections.Caller.TenantId).PageAsync(request.PageSize, request.PageToken, ct);
        return new ListSharedChecklistTemplatesResponse { Templates = { page.Items.Select(t => t.ToProto()) }, NextPageToken = page.NextPageToken };
    }

    public override async Task<AdoptChecklistTemplateResponse> AdoptChecklistTemplate(AdoptChecklistTemplateRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireTenantWideAsync(Domain.SelfInspectionPermissions.Templates, ct);
        var tenantId = inspections.Caller.TenantId;
        // Another tenant's template that is not shared with the caller's is as unknown as one that does not exist.
        var upstream = await Shared(tenantId).SingleOrDefaultAsync(t => t.Id == request.TemplateId, ct)
            ?? throw RpcErrors.NotFound($"Checklistan {request.TemplateId} finns inte.");
        var adopted = upstream.AdoptInto(Ids.New(), tenantId);
        db.Templates.Add(adopted);
        await db.SaveChangesAsync(ct);
        return new AdoptChecklistTemplateResponse { Template = adopted.ToProto() };
    }

    /// <summary>Other tenants' published templates shared with <paramref name="tenantId"/>.</summary>
    private IQueryable<Domain.ChecklistTemplate> Shared(string tenantId) =>
        db.Templates.AsNoTracking().IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .Where(t => t.TenantId != tenantId && t.State == Domain.TemplateState.Published
                && (t.SharedWithAllTenants || t.SharedWithTenantIds.Contains(tenantId)));

    private async Task<Domain.ChecklistTemplate> LoadAsync(string templateId, CancellationToken ct) =>
        await db.Templates.SingleOrDefaultAsync(t => t.Id == templateId, ct) ?? throw RpcErrors.NotFound($"Checklistan {templateId} finns inte.");

    /// <summary>Whoever sees plans or writes templates somewhere in the tenant reads its templates (they hold no personal data).</summary>
    private async Task RequireReaderAsync(CancellationToken ct)
    {
        if ((await access.UnitsAllowedAsync(Domain.SelfInspectionPermissions.View, ct)).Count == 0
            && (await access.UnitsAllowedAsync(Domain.SelfInspectionPermissions.Templates, ct)).Count == 0)
        {
            throw RpcErrors.PermissionDenied();
        }
    }
}
