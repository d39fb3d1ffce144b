using System.Text.Json;

namespace Dyad.Web;

/// <summary>A response written straight to the body with a <see cref="Utf8JsonWriter"/>, so the CONTRACT writers (EventJson) define the shape.</summary>
internal sealed class JsonWriterResult(Action<Utf8JsonWriter> write, int status = StatusCodes.Status200OK, string contentType = "application/json; charset=utf-8") : IResult
{
    public async Task ExecuteAsync(HttpContext context)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await using var writer = new Utf8JsonWriter(context.Response.BodyWriter.AsStream());
        write(writer);
        await writer.FlushAsync(context.RequestAborted);
    }
}
