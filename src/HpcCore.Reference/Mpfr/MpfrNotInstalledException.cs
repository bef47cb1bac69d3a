using System;

namespace HpcCore.Reference.Mpfr;

/// <summary>libmpfr.so.6 could not be loaded; the message says which package to install.</summary>
public sealed class MpfrNotInstalledException : Exception
{
    internal MpfrNotInstalledException(string library)
        : base($"The MPFR library ({library}) is not installed. Install it with: sudo apt-get install -y libmpfr6 " +
               "(Debian/Ubuntu; the build's InstallNativeDependencies target does this when run as root).")
    {
    }
}
