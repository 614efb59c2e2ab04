using Ledningssystem.Reporting;
using Ledningssystem.Reporting.Data;
using Ledningssystem.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults<ReportingDb, SqliteReportingDb, PostgresReportingDb>("reporting");
builder.AddReporting();
var app = builder.Build();
app.MapServiceDefaults<ReportingDb>();
app.MapReporting();
app.Run();
