namespace Ledningssystem.ServiceDefaults.Access;

/// <summary>
/// The domain roles (docs/identity.md, domain.md "Who"). A role is assigned to a person on a unit in the
/// Organizations service and holds for that unit's whole subtree while the assignment is valid.
/// Stored and replicated by name, so a name never changes once shipped.
/// </summary>
public enum Role
{
    /// <summary>Medarbetare.</summary>
    Employee = 1,

    /// <summary>Legitimerad personal: sjuksköterska, arbetsterapeut, fysioterapeut.</summary>
    LicensedProfessional,

    /// <summary>Enhetschef.</summary>
    UnitManager,

    /// <summary>Områdeschef or avdelningschef.</summary>
    AreaManager,

    /// <summary>Verksamhetschef enligt HSL.</summary>
    HealthCareManager,

    /// <summary>MAS, medicinskt ansvarig sjuksköterska.</summary>
    Mas,

    /// <summary>MAR, medicinskt ansvarig för rehabilitering.</summary>
    Mar,

    /// <summary>Kvalitetsutvecklare or ILS-samordnare.</summary>
    QualityDeveloper,

    /// <summary>Förvaltningschef.</summary>
    AdministrationHead,

    /// <summary>Nämnd: reads reports, no personal data.</summary>
    Committee,

    /// <summary>Administers one tenant's organisation and users.</summary>
    TenantAdmin,

    /// <summary>Operates the platform for the region; sees no tenant's personal data.</summary>
    RegionAdmin,
}
