using Ledningssystem.Risks;
using Ledningssystem.Risks.Data;
using Ledningssystem.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults<RisksDb, SqliteRisksDb, PostgresRisksDb>("risks");
builder.AddRisks();
var app = builder.Build();
app.MapServiceDefaults<RisksDb>();
app.MapRisks();
app.Run();
