using Dyad.Documents;

namespace Dyad.Processing;

/// <summary>An ordered list of stages, checked once at creation, run as a plain loop over each document.</summary>
public sealed class Pipeline
{
    private readonly IStage[] _stages;
    private readonly long[] _ticks;
    private readonly long[] _cpuNanoseconds;
    private long _documents;
    private long _tokens;

    private Pipeline(IStage[] stages, Layers assigns)
    {
        _stages = stages;
        _ticks = new long[stages.Length];
        _cpuNanoseconds = new long[stages.Length];
        Assigns = assigns;
    }

    public IReadOnlyList<IStage> Stages => _stages;

    /// <summary>Every layer some stage assigns.</summary>
    public Layers Assigns { get; }

    /// <summary>Builds a pipeline, or throws naming the first stage whose requirements no earlier stage assigns.</summary>
    public static Pipeline Create(params IStage[] stages) => Create(Layers.None, stages);

    /// <summary>As <see cref="Create(IStage[])"/>, for documents that arrive with <paramref name="given"/> layers already set.</summary>
    public static Pipeline Create(Layers given, params IStage[] stages)
    {
        var have = given;
        foreach (var stage in stages)
        {
            var missing = stage.Requires & ~have;
            if (missing != Layers.None)
                throw new InvalidOperationException($"stage '{stage.Name}' needs {missing}, which no earlier stage assigns");
            have |= stage.Assigns;
        }
        return new Pipeline([.. stages], have);
    }

    public void Process(Doc doc)
    {
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        long cpu = ThreadCpu.Nanoseconds();
        for (int i = 0; i < _stages.Length; i++)
        {
            _stages[i].Process(doc);
            doc.Layers |= _stages[i].Assigns;
            long end = System.Diagnostics.Stopwatch.GetTimestamp();
            long cpuEnd = ThreadCpu.Nanoseconds();
            Interlocked.Add(ref _ticks[i], end - start);
            Interlocked.Add(ref _cpuNanoseconds[i], cpuEnd - cpu);
            (start, cpu) = (end, cpuEnd);
        }
        Interlocked.Increment(ref _documents);
        Interlocked.Add(ref _tokens, doc.TokenCount);
    }

    /// <summary>Documents and tokens processed so far.</summary>
    public (long Documents, long Tokens) Processed => (Interlocked.Read(ref _documents), Interlocked.Read(ref _tokens));

    /// <summary>Time spent in each stage so far, summed over all threads, in pipeline order.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Time)> StageTimes() =>
        [.. _stages.Select((s, i) => (s.Name, System.Diagnostics.Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[i]))))];

    /// <summary>CPU time spent in each stage so far (the threads' own, not the wall clock), summed over threads; zero where the OS does not say.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Cpu)> StageCpuTimes() =>
        [.. _stages.Select((s, i) => (s.Name, TimeSpan.FromTicks(Interlocked.Read(ref _cpuNanoseconds[i]) / 100)))];

    /// <summary>Processes documents on all cores; results come back in input order.</summary>
    public IEnumerable<Doc> ProcessMany(IEnumerable<Doc> docs, int maxDegree = -1) =>
        docs.AsParallel().AsOrdered()
            .WithDegreeOfParallelism(maxDegree > 0 ? maxDegree : Environment.ProcessorCount)
            .Select(d => { Process(d); return d; });
}
