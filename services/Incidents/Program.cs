using Ledningssystem.Incidents;
using Ledningssystem.Incidents.Data;
using Ledningssystem.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults<IncidentsDb, SqliteIncidentsDb, PostgresIncidentsDb>("incidents");
builder.AddIncidents();
var app = builder.Build();
app.MapServiceDefaults<IncidentsDb>();
app.MapIncidents();
app.Run();
