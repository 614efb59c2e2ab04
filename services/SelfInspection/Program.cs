using Ledningssystem.SelfInspection;
using Ledningssystem.SelfInspection.Data;
using Ledningssystem.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults<SelfInspectionDb, SqliteSelfInspectionDb, PostgresSelfInspectionDb>("selfinspection");
builder.AddSelfInspection();
var app = builder.Build();
app.MapServiceDefaults<SelfInspectionDb>();
app.MapSelfInspection();
app.Run();
