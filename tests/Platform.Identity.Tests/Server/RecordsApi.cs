using Grpc.Core;
using Ledningssystem.Identity.Tests.Records;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Identity.Tests.Server;

public static class RecordPermissions
{
    public static readonly Permission Read = new("records.read", Role.Employee, Role.UnitManager, Role.AreaManager);

    public static readonly Permission Write = new("records.write", Role.UnitManager);
}

/// <summary>Handlers as a service writes them: the caller from ICallerAccessor, decisions from IAccessControl, no claims.</summary>
public sealed class RecordsApi(RecordsDb db, ICallerAccessor callers, IAccessControl access) : RecordService.RecordServiceBase
{
    public override Task<WhoAmIResponse> WhoAmI(WhoAmIRequest request, ServerCallContext context)
    {
        var caller = callers.Required;
        return Task.FromResult(new WhoAmIResponse
        {
            UserId = caller.UserId,
            UserName = caller.UserName,
            TenantId = caller.TenantId,
            Roles = { caller.Roles.Order(StringComparer.Ordinal) },
            ServiceAccountClient = caller.ServiceAccountClient ?? "",
        });
    }

    public override async Task<RecordItem> GetRecord(GetRecordRequest request, ServerCallContext context)
    {
        var record = await FindAsync(request.Id, context.CancellationToken);
        await access.RequireAsync(RecordPermissions.Read, record.UnitId, context.CancellationToken);
        return ToMessage(record);
    }

    public override async Task<RecordItem> UpdateRecord(UpdateRecordRequest request, ServerCallContext context)
    {
        var record = await FindAsync(request.Id, context.CancellationToken);
        await access.RequireAsync(RecordPermissions.Write, record.UnitId, context.CancellationToken);
        record.Text = request.Text;
        await db.SaveChangesAsync(context.CancellationToken);
        return ToMessage(record);
    }

    public override async Task<ListRecordsResponse> ListRecords(ListRecordsRequest request, ServerCallContext context)
    {
        var units = await access.UnitsAllowedAsync(RecordPermissions.Read, context.CancellationToken);
        var records = await db.Records.Where(r => units.Contains(r.UnitId)).OrderBy(r => r.Id).ToListAsync(context.CancellationToken);
        return new ListRecordsResponse
        {
            UnitIds = { units.Order(StringComparer.Ordinal) },
            Records = { records.Select(ToMessage) },
        };
    }

    public override async Task<CheckUnitResponse> CheckUnit(CheckUnitRequest request, ServerCallContext context) => new()
    {
        CanRead = await access.IsAllowedAsync(RecordPermissions.Read, request.UnitId, context.CancellationToken),
        CanWrite = await access.IsAllowedAsync(RecordPermissions.Write, request.UnitId, context.CancellationToken),
    };

    private async Task<TestRecord> FindAsync(string id, CancellationToken cancellationToken) =>
        await db.Records.FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw RpcErrors.NotFound("Posten finns inte.");

    private static RecordItem ToMessage(TestRecord record) => new() { Id = record.Id, UnitId = record.UnitId, Text = record.Text };
}

public sealed class UpdateRecordValidator : IRequestValidator<UpdateRecordRequest>
{
    public void Validate(UpdateRecordRequest request, ValidationErrors errors) => errors.Required("text", request.Text);
}
