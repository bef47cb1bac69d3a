using System;

namespace HpcCore.OpenCL;

/// <summary>An OpenCL call failed, no platform is installed, or a program did not build (the message then holds the build log).</summary>
public sealed class OpenClException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OpenClException(string message, int errorCode = 0, Exception? inner = null) : base(message, inner) => ErrorCode = errorCode;

    /// <summary>The OpenCL status code (negative), or 0 when the failure is not a status code.</summary>
    public int ErrorCode { get; }
}
