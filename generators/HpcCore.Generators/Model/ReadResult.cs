using HpcCore.Generators.Diagnostics;

namespace HpcCore.Generators.Model;

/// <summary>What the front end made of one [Vectorize] method: a model, or the diagnostics saying why not.</summary>
internal sealed record ReadResult(VectorizedFunction? Function, EquatableArray<DiagnosticInfo> Diagnostics);
