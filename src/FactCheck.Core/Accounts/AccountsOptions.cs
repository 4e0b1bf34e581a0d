namespace FactCheck.Core.Accounts;

/// <summary>Sign-in rules; bound from "FactCheck:Accounts".</summary>
public sealed class AccountsOptions
{
    public const string Section = "FactCheck:Accounts";

    /// <summary>Failed sign-ins in a row before the account is locked.</summary>
    public int LockoutAttempts { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Minimum length of a password a person chooses; generated ones are 20 characters.</summary>
    public int PasswordLength { get; set; } = 12;
}
