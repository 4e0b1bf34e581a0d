namespace FactCheck.Core.Jobs;

/// <summary>What an editor submits: a URL, or pasted text (with an optional title), or pasted HTML (with an optional URL).</summary>
public sealed record SubmissionRequest(string? Url = null, string? Text = null, string? Title = null, string? Html = null);

/// <summary>A submission refused before it was stored, with a reason an editor can read.</summary>
public sealed class InvalidSubmissionException(string message) : Exception(message);
