using FactCheck.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactCheck.Core.Storage;

/// <summary>
/// The database of record. Each provider has its own subclass only so that its migrations live apart
/// (EF Core migrations are provider-specific); the model is the same. Identity's users and roles live here
/// too, so a review and its reviewer, or a change and its audit entry, commit in one transaction.
/// </summary>
public abstract class FactCheckDb(DbContextOptions options) : IdentityDbContext<FactCheckUser, IdentityRole, string>(options)
{
    public DbSet<Submission> Submissions => Set<Submission>();
    public DbSet<Page> Pages => Set<Page>();
    public DbSet<ArticleRow> Articles => Set<ArticleRow>();
    public DbSet<ClaimRow> Claims => Set<ClaimRow>();
    public DbSet<FlagRow> Flags => Set<FlagRow>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<IndexChange> IndexChanges => Set<IndexChange>();
    public DbSet<DatasetRow> Datasets => Set<DatasetRow>();
    public DbSet<DatasetVersionRow> DatasetVersions => Set<DatasetVersionRow>();
    public DbSet<RecordRow> Records => Set<RecordRow>();
    public DbSet<LinkRow> Links => Set<LinkRow>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<SettingRow> Settings => Set<SettingRow>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Identity's tables named like ours rather than AspNetUsers and friends.
        builder.Entity<FactCheckUser>().ToTable("users");
        builder.Entity<IdentityRole>().ToTable("roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");
        builder.ApplyConfigurationsFromAssembly(typeof(FactCheckDb).Assembly);
    }
}

public sealed class SqliteFactCheckDb(DbContextOptions<SqliteFactCheckDb> options) : FactCheckDb(options);

public sealed class PostgresFactCheckDb(DbContextOptions<PostgresFactCheckDb> options) : FactCheckDb(options);

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> b)
    {
        b.ToTable("submissions");
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.Stage).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.Url).HasMaxLength(4096);
        b.Property(s => s.Title).HasMaxLength(1024);
        b.Property(s => s.JobId).HasMaxLength(64);
        b.Property(s => s.RunnerId).HasMaxLength(128);
        b.Property(s => s.PageHash).HasMaxLength(64);
        b.HasIndex(s => s.Status);
        b.HasIndex(s => s.CreatedAt);
        b.HasOne(s => s.Page).WithMany().HasForeignKey(s => s.PageHash).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Article).WithOne().HasForeignKey<ArticleRow>(a => a.SubmissionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PageConfiguration : IEntityTypeConfiguration<Page>
{
    public void Configure(EntityTypeBuilder<Page> b)
    {
        b.ToTable("pages");
        b.HasKey(p => p.Hash);
        b.Property(p => p.Hash).HasMaxLength(64);
        b.Property(p => p.Url).HasMaxLength(4096);
        b.Property(p => p.FinalUrl).HasMaxLength(4096);
        b.Property(p => p.ContentType).HasMaxLength(256);
        b.Property(p => p.Charset).HasMaxLength(64);
    }
}

internal sealed class ArticleRowConfiguration : IEntityTypeConfiguration<ArticleRow>
{
    public void Configure(EntityTypeBuilder<ArticleRow> b)
    {
        b.ToTable("articles");
        b.HasKey(a => a.SubmissionId);
        b.Property(a => a.SubmissionId).ValueGeneratedNever();
        b.Property(a => a.Published).HasMaxLength(64);
        b.Property(a => a.Modified).HasMaxLength(64);
        b.Property(a => a.Language).HasMaxLength(32);
    }
}

internal sealed class ClaimRowConfiguration : IEntityTypeConfiguration<ClaimRow>
{
    public void Configure(EntityTypeBuilder<ClaimRow> b)
    {
        b.ToTable("claims");
        b.HasIndex(c => new { c.SubmissionId, c.Ordinal }).IsUnique();
        b.HasOne<Submission>().WithMany().HasForeignKey(c => c.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        b.Property(c => c.Unit).HasMaxLength(128);
        b.Property(c => c.Dimension).HasMaxLength(32);
        b.Property(c => c.CanonicalUnit).HasMaxLength(32);
    }
}

internal sealed class FlagRowConfiguration : IEntityTypeConfiguration<FlagRow>
{
    public void Configure(EntityTypeBuilder<FlagRow> b)
    {
        b.ToTable("flags");
        b.HasIndex(f => new { f.SubmissionId, f.Fingerprint }).IsUnique();
        b.HasIndex(f => new { f.Status, f.Type });
        b.Property(f => f.Type).HasMaxLength(64);
        b.Property(f => f.Severity).HasMaxLength(16);
        b.Property(f => f.Fingerprint).HasMaxLength(64);
        b.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
        b.HasOne(f => f.Submission).WithMany().HasForeignKey(f => f.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(f => f.Reviews).WithOne().HasForeignKey(r => r.FlagId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> b)
    {
        b.ToTable("reviews");
        b.Property(r => r.Decision).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Reviewer).HasMaxLength(256);
        b.Property(r => r.Note).HasMaxLength(4000);
    }
}

internal sealed class IndexChangeConfiguration : IEntityTypeConfiguration<IndexChange>
{
    public void Configure(EntityTypeBuilder<IndexChange> b)
    {
        b.ToTable("index_changes");
        b.HasIndex(c => c.SubmissionId);
    }
}

internal sealed class DatasetRowConfiguration : IEntityTypeConfiguration<DatasetRow>
{
    public void Configure(EntityTypeBuilder<DatasetRow> b)
    {
        b.ToTable("datasets");
        b.HasIndex(d => d.Name).IsUnique();
        b.Property(d => d.Name).HasMaxLength(256);
        b.Property(d => d.Publisher).HasMaxLength(256);
        b.Property(d => d.SourceUrl).HasMaxLength(2048);
        b.Property(d => d.Licence).HasMaxLength(256);
        b.HasMany(d => d.Versions).WithOne(v => v.Dataset).HasForeignKey(v => v.DatasetId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DatasetVersionRowConfiguration : IEntityTypeConfiguration<DatasetVersionRow>
{
    public void Configure(EntityTypeBuilder<DatasetVersionRow> b)
    {
        b.ToTable("dataset_versions");
        b.HasIndex(v => new { v.DatasetId, v.Version }).IsUnique();
        b.Property(v => v.FileName).HasMaxLength(512);
        b.Property(v => v.FileHash).HasMaxLength(64);
    }
}

internal sealed class RecordRowConfiguration : IEntityTypeConfiguration<RecordRow>
{
    public void Configure(EntityTypeBuilder<RecordRow> b)
    {
        b.ToTable("records");
        b.HasIndex(r => r.VersionId);
        b.HasOne<DatasetVersionRow>().WithMany().HasForeignKey(r => r.VersionId).OnDelete(DeleteBehavior.Cascade);
        b.Property(r => r.PeriodText).HasMaxLength(64);
        b.Property(r => r.Unit).HasMaxLength(128);
        b.Property(r => r.Dimension).HasMaxLength(32);
        b.Property(r => r.CanonicalUnit).HasMaxLength(32);
        b.Property(r => r.Footnote).HasMaxLength(16);
    }
}

internal sealed class LinkRowConfiguration : IEntityTypeConfiguration<LinkRow>
{
    public void Configure(EntityTypeBuilder<LinkRow> b)
    {
        b.ToTable("links");
        b.HasIndex(l => new { l.SubmissionId, l.ClaimOrdinal }).IsUnique();
        b.HasIndex(l => l.VersionId);
        b.HasOne<Submission>().WithMany().HasForeignKey(l => l.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        b.Property(l => l.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(l => l.Dataset).HasMaxLength(256);
        b.Property(l => l.RecordSays).HasMaxLength(1024);
        b.Property(l => l.ReviewedBy).HasMaxLength(256);
        b.Property(l => l.Note).HasMaxLength(4000);
        b.Ignore(l => l.IsEditorDecision);
        b.Ignore(l => l.IsLinked);
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.ToTable("api_keys");
        b.HasIndex(k => k.Hash).IsUnique();
        b.HasIndex(k => k.UserId);
        b.Property(k => k.UserId).HasMaxLength(450);
        b.Property(k => k.Name).HasMaxLength(256);
        b.Property(k => k.Prefix).HasMaxLength(16);
        b.Property(k => k.Hash).HasMaxLength(64);
        b.HasOne<FactCheckUser>().WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SettingRowConfiguration : IEntityTypeConfiguration<SettingRow>
{
    public void Configure(EntityTypeBuilder<SettingRow> b)
    {
        b.ToTable("settings");
        b.HasKey(s => s.Key);
        b.Property(s => s.Key).HasMaxLength(128);
        b.Property(s => s.Value).HasMaxLength(1024);
        b.Property(s => s.UpdatedBy).HasMaxLength(256);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit");
        b.HasIndex(a => a.At);
        b.HasIndex(a => a.SubmissionId);
        b.Property(a => a.Actor).HasMaxLength(256);
        b.Property(a => a.Action).HasMaxLength(64);
        b.Property(a => a.Subject).HasMaxLength(512);
    }
}
