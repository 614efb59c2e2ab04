using System.Globalization;
using System.Text;

namespace Ledningssystem.Incidents.Domain;

/// <summary>
/// The notification to IVO (lex Sarah, lex Maria) or the basis for one to IMY, as a Swedish Markdown document for
/// upload to the authority's e-service. It holds what the authority asks for: the provider and the unit, what
/// happened and when, how it was discovered, what was done at once to protect the person, the investigation (what
/// happened, why, the causes, how recurrence is prevented), the decided actions, why the event is judged serious,
/// the information to the patient (lex Maria), who decided and the legal references. Free text is copied as given.
/// </summary>
public static class NotificationDocument
{
    public const string MediaType = "text/markdown; charset=utf-8";

    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static string FileName(Incident incident) =>
        $"anmalan-{(incident.Track == Track.PersonalDataBreach ? "imy" : "ivo")}-{incident.Id}.md";

    public static byte[] Render(Incident incident, string providerName, string unitName)
    {
        incident.RequireNotificationDecided();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# {Title(incident.Track)}").AppendLine();
        Section(text, "Vårdgivare / utförare", $"{providerName} ({incident.TenantId})");
        Section(text, "Verksamhet / enhet", $"{unitName} ({incident.UnitId})");
        Section(text, "Ärende", $"Avvikelse {incident.Id}, {Kind(incident)}, konsekvens {incident.Severity?.Swedish() ?? "ej bedömd"}");
        Section(text, "När händelsen inträffade", Date(incident.OccurredAt));
        Section(text, "När och hur den upptäcktes", $"Rapporterad {Date(incident.ReportedAt)} genom avvikelserapport i ledningssystemet.");
        Section(text, "Vad som hände (rapporten)", incident.WhatHappened);
        Section(text, "Åtgärder som vidtogs omedelbart för att skydda den enskilde", incident.ImmediateActions);
        Section(text, "Berörd person (referens)", incident.InvolvedPersonReference ?? "Ingen referens angiven.");
        Section(text, "Utredning: vad som hände", incident.InvestigationWhatHappened ?? "Utredningen pågår.");
        Section(text, "Utredning: varför det hände", incident.InvestigationWhy ?? "Utredningen pågår.");
        Section(text, "Orsaker", incident.RootCauses.Count == 0 ? "Ej angivna." : string.Join(", ", incident.RootCauses.Select(c => c.Swedish())));
        Section(text, "Åtgärder för att förhindra att det händer igen", incident.InvestigationPrevention ?? "Utredningen pågår.");
        Section(text, "Beslutade åtgärder", incident.Actions.Count == 0
            ? "Inga åtgärder beslutade ännu."
            : string.Join(Environment.NewLine, incident.Actions.Select(a => $"- {a.Description} (klar senast {Date(a.DueAt)}, {(a.Status == ActionStatus.Done ? "genomförd" : "pågår")})")));
        Section(text, "Bedömning och skäl till anmälan", incident.NotificationGrounds ?? "");
        if (incident.Track == Track.LexMaria)
        {
            Section(text, "Information till patienten", incident.PatientInformedAt is { } informed
                ? $"{Date(informed)}: {incident.PatientInformedNote}"
                : "Patienten har ännu inte informerats.");
        }
        Section(text, "Beslut om anmälan", $"{incident.NotificationDecidedByName} {Date(incident.NotificationDecidedAt!.Value)}");
        Section(text, "Rättsliga hänvisningar", incident.LegalReferences.Count == 0
            ? "Ej angivna."
            : string.Join(Environment.NewLine, incident.LegalReferences.Select(r => $"- {r.Code} {r.Title}".TrimEnd())));
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Title(Track track) => track switch
    {
        Track.LexSarah => "Anmälan till IVO om allvarligt missförhållande eller påtaglig risk för allvarligt missförhållande (lex Sarah)",
        Track.LexMaria => "Anmälan till IVO om händelse som har medfört eller hade kunnat medföra allvarlig vårdskada (lex Maria)",
        _ => "Underlag för anmälan av personuppgiftsincident till IMY",
    };

    private static string Kind(Incident incident) => incident.Subtype is { } subtype ? subtype.Swedish() : incident.Kind switch
    {
        IncidentKind.PersonalDataBreach => "personuppgiftsincident",
        _ => "avvikelse",
    };

    private static string Date(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd HH:mm 'UTC'", Swedish);

    private static void Section(StringBuilder text, string heading, string body) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"## {heading}").AppendLine().AppendLine(body).AppendLine();
}
