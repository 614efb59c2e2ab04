namespace Ledningssystem.Organizations.Domain;

/// <summary>What kind of huvudman a tenant is.</summary>
public enum TenantKind
{
    /// <summary>A municipal nämnd; buys care from private providers.</summary>
    Committee = 1,

    /// <summary>A private provider: aktiebolag, stiftelse or enskild näringsidkare.</summary>
    PrivateProvider,

    /// <summary>The region that runs the installation.</summary>
    Region,
}
