<#
.SYNOPSIS
    NDR Assist: turns SMTP AUTH (authenticated client submission) on or off for one mailbox, or reads its state.

.DESCRIPTION
    Azure Automation runbook (PowerShell 7.2+, module ExchangeOnlineManagement 3.x). It signs in to Exchange Online
    with the Automation account's system-assigned managed identity; no secret is stored anywhere. NDR Assist starts it
    through Azure Resource Manager and reads the single JSON line it writes to the output stream.

    No Microsoft Graph API sets SmtpClientAuthenticationDisabled, which is why this runbook exists.

.PARAMETER Mailbox
    Primary SMTP address of the mailbox the device sends from.

.PARAMETER Action
    Enable  -> Set-CASMailbox -SmtpClientAuthenticationDisabled $false
    Disable -> Set-CASMailbox -SmtpClientAuthenticationDisabled $true   (the undo)
    Get     -> read only (verify)

.PARAMETER Organization
    The tenant's initial domain (contoso.onmicrosoft.com). Defaults to the Automation variable NdrAssistOrganization.

.OUTPUTS
    One line of JSON: {"mailbox":"...","action":"Enable","smtpClientAuthenticationDisabled":false}
    smtpClientAuthenticationDisabled is null when the mailbox follows the organization-wide setting.
#>
param(
    [Parameter(Mandatory = $true)]
    [string] $Mailbox,

    [Parameter(Mandatory = $true)]
    [ValidateSet('Enable', 'Disable', 'Get')]
    [string] $Action,

    [string] $Organization
)

$ErrorActionPreference = 'Stop'

if ($Mailbox -notmatch '^[^\s@''"]+@[^\s@''"]+\.[^\s@''"]+$') {
    throw "Mailbox must be a single SMTP address, got '$Mailbox'."
}
if (-not $Organization) {
    $Organization = Get-AutomationVariable -Name 'NdrAssistOrganization'
}

Connect-ExchangeOnline -ManagedIdentity -Organization $Organization -ShowBanner:$false
try {
    switch ($Action) {
        'Enable' { Set-CASMailbox -Identity $Mailbox -SmtpClientAuthenticationDisabled $false }
        'Disable' { Set-CASMailbox -Identity $Mailbox -SmtpClientAuthenticationDisabled $true }
        'Get' { }
    }
    $cas = Get-CASMailbox -Identity $Mailbox
    [pscustomobject]@{
        mailbox                          = $Mailbox
        action                           = $Action
        smtpClientAuthenticationDisabled = $cas.SmtpClientAuthenticationDisabled
    } | ConvertTo-Json -Compress | Write-Output
}
finally {
    Disconnect-ExchangeOnline -Confirm:$false -ErrorAction SilentlyContinue
}
