using Grpc.Core;
using Ledningssystem.Contracts.Complaints.V1;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Complaints.Api;

/// <summary>The tenant's categories, service levels and gallring rule.</summary>
public sealed partial class ComplaintsApi
{
    public override async Task<ListCategoriesResponse> ListCategories(ListCategoriesRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var page = await (await intake.CategoriesAsync(ct)).PageAsync(request.PageSize, request.PageToken, ct);
        return new ListCategoriesResponse { Categories = { page.Items.Select(c => c.ToProto()) }, NextPageToken = page.NextPageToken };
    }

    public override async Task<CreateCategoryResponse> CreateCategory(CreateCategoryRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireTenantWideAsync(Domain.ComplaintPermissions.Configure, ct);
        var name = request.Name.Trim();
        if (await (await intake.CategoriesAsync(ct)).AnyAsync(c => c.Name == name, ct))
        {
            throw RpcErrors.AlreadyExists($"Kategorin {name} finns redan.");
        }
        var category = Domain.ComplaintCategory.Create(Guid.CreateVersion7().ToString(), complaints.Caller.TenantId, name);
        db.Categories.Add(category);
        await db.SaveChangesAsync(ct);
        return new CreateCategoryResponse { Category = category.ToProto() };
    }

    public override async Task<GetServiceLevelsResponse> GetServiceLevels(GetServiceLevelsRequest request, ServerCallContext context) =>
        new() { ServiceLevels = (await intake.LevelsAsync(complaints.Caller.TenantId, context.CancellationToken)).ToProto() };

    public override async Task<SetServiceLevelsResponse> SetServiceLevels(SetServiceLevelsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireTenantWideAsync(Domain.ComplaintPermissions.Configure, ct);
        var levels = await db.ServiceLevels.SingleOrDefaultAsync(ct);
        if (levels is null)
        {
            db.ServiceLevels.Add(levels = Domain.ServiceLevelSettings.Defaults(complaints.Caller.TenantId));
        }
        var wanted = request.ServiceLevels;
        levels.Change(wanted.AcknowledgeWorkingDays, wanted.AnswerWorkingDays, wanted.ContactRetentionMonths);
        // Open complaints work towards the new levels at once, and ended ones keep their contact details by the new rule.
        foreach (var scheduled in await db.Complaints.Where(c => c.DueAt != null || c.ContactDetailsKeptUntil != null).ToListAsync(ct))
        {
            scheduled.Schedule(levels);
        }
        await db.SaveChangesAsync(ct);
        return new SetServiceLevelsResponse { ServiceLevels = levels.ToProto() };
    }
}
