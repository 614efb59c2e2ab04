namespace Ledningssystem.Incidents.Domain;

/// <summary>Service levels count Monday to Friday; public holidays are not known to the service and count as working days.</summary>
public static class WorkingDays
{
    public static DateTimeOffset Add(DateTimeOffset start, int days)
    {
        var result = start;
        for (var added = 0; added < days;)
        {
            result = result.AddDays(1);
            if (result.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                added++;
            }
        }
        return result;
    }
}
