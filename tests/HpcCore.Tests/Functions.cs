using System.Collections.Generic;
using System.Linq;
using HpcCore.Catalog;
using Xunit;

namespace HpcCore.Tests;

/// <summary>Catalog entries as xunit theory data, so every catalog function is tested without being listed here.</summary>
public static class Functions
{
    public static TheoryData<string> SingleNames => Names<float>();

    public static TheoryData<string> DoubleNames => Names<double>();

    public static TheoryData<string> SingleBinaryNames => BinaryNames<float>();

    public static TheoryData<string> DoubleBinaryNames => BinaryNames<double>();

    public static TheoryData<string> SingleTernaryNames => TernaryNames<float>();

    public static TheoryData<string> DoubleTernaryNames => TernaryNames<double>();

    public static TheoryData<string> SinglePairNames => PairNames<float>();

    public static TheoryData<string> DoublePairNames => PairNames<double>();

    public static PairFunction<float> SinglePair(string name) => FunctionCatalog.Pairs.OfType<PairFunction<float>>().Single(f => f.Name == name);

    public static PairFunction<double> DoublePair(string name) => FunctionCatalog.Pairs.OfType<PairFunction<double>>().Single(f => f.Name == name);

    public static TernaryFunction<float> SingleTernary(string name) => FunctionCatalog.Ternary<float>().Single(f => f.Name == name);

    public static TernaryFunction<double> DoubleTernary(string name) => FunctionCatalog.Ternary<double>().Single(f => f.Name == name);

    public static BinaryFunction<float> SingleBinary(string name) => FunctionCatalog.Binary<float>().Single(f => f.Name == name);

    public static BinaryFunction<double> DoubleBinary(string name) => FunctionCatalog.Binary<double>().Single(f => f.Name == name);

    public static UnaryFunction<float> Single(string name) => FunctionCatalog.Unary<float>().Single(f => f.Name == name);

    public static UnaryFunction<double> Double(string name) => FunctionCatalog.Unary<double>().Single(f => f.Name == name);

    private static TheoryData<string> Names<T>()
    {
        var data = new TheoryData<string>();
        foreach (UnaryFunction<T> f in FunctionCatalog.Unary<T>())
            data.Add(f.Name);
        return data;
    }

    private static TheoryData<string> BinaryNames<T>()
    {
        var data = new TheoryData<string>();
        foreach (BinaryFunction<T> f in FunctionCatalog.Binary<T>())
            data.Add(f.Name);
        return data;
    }

    private static TheoryData<string> PairNames<T>()
    {
        var data = new TheoryData<string>();
        foreach (PairFunction<T> f in FunctionCatalog.Pairs.OfType<PairFunction<T>>())
            data.Add(f.Name);
        return data;
    }

    private static TheoryData<string> TernaryNames<T>()
    {
        var data = new TheoryData<string>();
        foreach (TernaryFunction<T> f in FunctionCatalog.Ternary<T>())
            data.Add(f.Name);
        return data;
    }
}
