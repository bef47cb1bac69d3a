using System.Collections.Generic;
using System.Linq;

namespace HpcCore.Catalog;

/// <summary>Every public function of HpcCore with its declared accuracy, as generated from the definitions.</summary>
public static class FunctionCatalog
{
    /// <summary>All entries, ordered by name then element type.</summary>
    public static IReadOnlyList<FunctionInfo> All { get; } = GeneratedCatalog.Create();

    /// <summary>The one-argument functions of element type <typeparamref name="T"/>.</summary>
    public static IEnumerable<UnaryFunction<T>> Unary<T>() => All.OfType<UnaryFunction<T>>();

    /// <summary>The two-argument functions of element type <typeparamref name="T"/>.</summary>
    public static IEnumerable<BinaryFunction<T>> Binary<T>() => All.OfType<BinaryFunction<T>>();

    /// <summary>The three-argument functions of element type <typeparamref name="T"/>.</summary>
    public static IEnumerable<TernaryFunction<T>> Ternary<T>() => All.OfType<TernaryFunction<T>>();

    /// <summary>
    /// The functions with two results (SinCos), ordered by name then element type. Not in <see cref="All"/>, whose
    /// entries have one result each; each result is measured against its own reference (the first and second names of
    /// <see cref="FunctionInfo.Reference"/>) and keeps the entry's bound.
    /// </summary>
    public static IReadOnlyList<PairFunction> Pairs { get; } = GeneratedCatalog.CreatePairs();
}
