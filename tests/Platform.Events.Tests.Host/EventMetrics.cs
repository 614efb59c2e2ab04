using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Ledningssystem.ServiceDefaults.Events;

namespace Ledningssystem.Platform.Events.Tests.Host;

/// <summary>Sums of the platform's event metrics in this process, served at GET /stats.</summary>
internal sealed class EventMetrics : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<string, double> sums = new();

    public EventMetrics()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == EventsTelemetry.Name)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.Start();
    }

    /// <summary>Counters by instrument name (events.handled also by status, e.g. "events.handled:DROP"); gauges as last observed.</summary>
    public IReadOnlyDictionary<string, double> Snapshot()
    {
        listener.RecordObservableInstruments();
        return new SortedDictionary<string, double>(sums, StringComparer.Ordinal);
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (instrument.IsObservable)
        {
            sums[instrument.Name] = value;
            return;
        }
        sums.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value);
        foreach (var tag in tags)
        {
            if (tag.Key == "ledningssystem.events.status")
            {
                sums.AddOrUpdate($"{instrument.Name}:{tag.Value}", value, (_, sum) => sum + value);
            }
        }
    }

    public void Dispose() => listener.Dispose();
}
