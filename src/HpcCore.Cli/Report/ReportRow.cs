namespace HpcCore.Cli.Report;

/// <summary>One line of the report: a catalog function's promise, what was measured, and its speed against TensorPrimitives and SLEEF.</summary>
public sealed record ReportRow(
    string Function,
    string Domain,
    double DeclaredUlp,
    double MeasuredUlp,
    string WorstInput,
    long Inputs,
    long NotCorrectlyRounded,
    bool Exhaustive,
    double NanosecondsPerElement,
    double? TensorPrimitivesNanosecondsPerElement,
    double? SleefNanosecondsPerElement)
{
    /// <summary>How many times faster than TensorPrimitives (above 1 is faster), when it has the function.</summary>
    public double? SpeedupOverTensorPrimitives => TensorPrimitivesNanosecondsPerElement / NanosecondsPerElement;

    /// <summary>How many times faster than SLEEF's AVX-512 version (above 1 is faster), when SLEEF is available.</summary>
    public double? SpeedupOverSleef => SleefNanosecondsPerElement / NanosecondsPerElement;

    public bool WithinBound => MeasuredUlp <= DeclaredUlp;
}
