using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using FactCheck.Core.Articles;
using FactCheck.Core.Checks;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Storage;

/// <summary>Converts the pipeline's records to rows and back. The JSON form is the one the API serves too.</summary>
public static class StoredForms
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static ArticleRow ToRow(long submissionId, Article article, DateTime now) => new()
    {
        SubmissionId = submissionId,
        Title = article.Title,
        Authors = article.Authors.Count == 0 ? null : string.Join("; ", article.Authors),
        Published = article.Published?.ToString("o", CultureInfo.InvariantCulture),
        Modified = article.Modified?.ToString("o", CultureInfo.InvariantCulture),
        SiteName = article.SiteName,
        Language = article.Language,
        Url = article.Url,
        CanonicalUrl = article.CanonicalUrl,
        Lead = article.Lead,
        Text = article.Text,
        BlocksJson = JsonSerializer.Serialize(article.Blocks, Json),
        CaptionsJson = JsonSerializer.Serialize(article.Captions, Json),
        ExtractedAt = now,
    };

    public static Article ToArticle(ArticleRow row) => new()
    {
        Title = row.Title,
        Authors = row.Authors?.Split("; ", StringSplitOptions.RemoveEmptyEntries) ?? [],
        Published = ParseTime(row.Published),
        Modified = ParseTime(row.Modified),
        SiteName = row.SiteName,
        Language = row.Language,
        Url = row.Url,
        CanonicalUrl = row.CanonicalUrl,
        Lead = row.Lead,
        Blocks = JsonSerializer.Deserialize<List<ArticleBlock>>(row.BlocksJson, Json) ?? [],
        Captions = JsonSerializer.Deserialize<List<string>>(row.CaptionsJson, Json) ?? [],
    };

    public static ClaimRow ToRow(long submissionId, Claim claim) => new()
    {
        SubmissionId = submissionId,
        Ordinal = claim.Ordinal,
        Start = claim.Quantity.Start,
        End = claim.Quantity.End,
        Text = claim.Quantity.Text,
        Sentence = claim.Sentence,
        SentenceStart = claim.SentenceStart,
        Value = claim.Quantity.Value,
        High = claim.Quantity.High,
        Unit = claim.Quantity.Unit,
        Dimension = DimensionName(claim.Quantity.Dimension),
        Normalized = claim.Quantity.Normalized,
        CanonicalUnit = claim.Quantity.CanonicalUnit,
        Measure = claim.Measure,
        Actors = claim.Actors.Count == 0 ? null : string.Join("; ", claim.Actors),
        PeriodText = claim.Period?.Text,
        PeriodFrom = claim.Period?.From,
        PeriodTo = claim.Period?.To,
        Json = JsonSerializer.Serialize(claim, Json),
    };

    public static Claim ToClaim(ClaimRow row) =>
        JsonSerializer.Deserialize<Claim>(row.Json, Json) ?? throw new InvalidDataException($"claim {row.Id} has no JSON");

    public static FlagRow ToRow(long submissionId, Flag flag, DateTime now) => new()
    {
        SubmissionId = submissionId,
        Type = flag.Type,
        Severity = SeverityName(flag.Severity),
        Message = flag.Message,
        Computation = flag.Computation,
        ValuesJson = JsonSerializer.Serialize(flag.Values, Json),
        ClaimOrdinals = string.Join(',', flag.ClaimOrdinals),
        Fingerprint = flag.Fingerprint,
        Status = FlagStatus.Open,
        IsCurrent = true,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public static IReadOnlyList<FlagValue> Values(FlagRow row) =>
        JsonSerializer.Deserialize<List<FlagValue>>(row.ValuesJson, Json) ?? [];

    public static IReadOnlyList<int> Ordinals(FlagRow row) =>
        row.ClaimOrdinals.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();

    public static string DimensionName(Dimension dimension) => dimension.ToString().ToLowerInvariant();

    public static string SeverityName(Severity severity) => severity.ToString().ToLowerInvariant();

    public static string StatusName(SubmissionStatus status) => status.ToString().ToLowerInvariant();

    public static string StageName(SubmissionStage stage) => stage.ToString().ToLowerInvariant();

    private static DateTimeOffset? ParseTime(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
}
