using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;

namespace Dyad.Reading;

/// <summary>What one fetch gave: the body and its content type, or a one-line error.</summary>
public sealed record FetchResult(Uri Uri, byte[]? Body, string? ContentType, string? Error);

/// <summary>Fetches pages politely: one request at a time per host, a pause between them, Retry-After honoured, a timeout.</summary>
/// <remarks>Thread-safe; share one instance across readers so the per-host limits hold across them.</remarks>
public sealed class PageFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly bool _ownsClient;
    private readonly ConcurrentDictionary<string, HostGate> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public PageFetcher(HttpClient? client = null)
    {
        _ownsClient = client is null;
        _client = client ?? new HttpClient(new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All, AllowAutoRedirect = true, MaxAutomaticRedirections = 5,
            ConnectTimeout = TimeSpan.FromSeconds(10),
        }) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("Dyad/0.1 (+news event coder; one request at a time per host)");
    }

    /// <summary>How long one request may take in all.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The least time between two requests to the same host.</summary>
    public TimeSpan MinInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest Retry-After wait honoured; a server asking for more is given up on.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Responses larger than this are refused.</summary>
    public long MaxBytes { get; init; } = 32L << 20;

    public async Task<FetchResult> FetchAsync(Uri uri, CancellationToken ct = default)
    {
        if (uri.Scheme is not ("http" or "https")) return new FetchResult(uri, null, null, $"not an http(s) URL: {uri}");
        var gate = _hosts.GetOrAdd(uri.Authority, _ => new HostGate());
        if (gate.Unreachable is { } why) return new FetchResult(uri, null, null, why);
        await gate.Lock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                var wait = gate.NextAllowed - DateTime.UtcNow;
                if (wait > TimeSpan.Zero) await Task.Delay(wait, ct).ConfigureAwait(false);
                var (result, retryAfter) = await SendAsync(uri, gate, ct).ConfigureAwait(false);
                gate.NextAllowed = DateTime.UtcNow + (retryAfter ?? MinInterval);
                if (retryAfter is null || attempt >= 2) return result;
                if (retryAfter > MaxRetryAfter)
                    return result with { Error = $"{uri.Host} asks to retry after {retryAfter.Value.TotalSeconds:0} s, longer than {MaxRetryAfter.TotalSeconds:0} s" };
            }
        }
        finally { gate.Lock.Release(); }
    }

    private async Task<(FetchResult Result, TimeSpan? RetryAfter)> SendAsync(Uri uri, HostGate gate, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Timeout);
        try
        {
            using var response = await _client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is 429 or 503 && RetryAfter(response.Headers.RetryAfter) is { } delay)
                return (new FetchResult(uri, null, null, $"HTTP {status} from {uri.Host}"), delay);
            if (!response.IsSuccessStatusCode) return (new FetchResult(uri, null, null, $"HTTP {status} {response.ReasonPhrase} for {uri}"), null);
            if (response.Content.Headers.ContentLength > MaxBytes)
                return (new FetchResult(uri, null, null, $"response of {response.Content.Headers.ContentLength} bytes is over the {MaxBytes} byte limit"), null);
            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(chunk, timeout.Token).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxBytes) return (new FetchResult(uri, null, null, $"response is over the {MaxBytes} byte limit"), null);
                buffer.Write(chunk, 0, read);
            }
            return (new FetchResult(response.RequestMessage?.RequestUri ?? uri, buffer.ToArray(), response.Content.Headers.ContentType?.ToString(), null), null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (new FetchResult(uri, null, null, $"no answer from {uri.Host} within {Timeout.TotalSeconds:0} s"), null);
        }
        catch (HttpRequestException e)
        {
            // A host that cannot be reached now will not be reached for the next item either: stop asking it.
            var why = $"cannot reach {uri.Host}: {e.Message}";
            if (e.StatusCode is null) gate.Unreachable = why;
            return (new FetchResult(uri, null, null, why), null);
        }
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date) return date - DateTimeOffset.UtcNow is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero;
        return null;
    }

    public void Dispose()
    {
        if (_ownsClient) _client.Dispose();
    }

    private sealed class HostGate
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);
        public DateTime NextAllowed { get; set; }
        public string? Unreachable { get; set; }
    }
}
