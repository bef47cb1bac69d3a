namespace HpcCore.Generators.Ir;

/// <summary>
/// Lane-wise operations. Each maps to exactly one operation with the same IEEE rounding on every back end,
/// which is what keeps scalar, SIMD and OpenCL results bitwise identical.
/// </summary>
internal enum IrOp
{
    /// <summary>A parameter; <c>Immediate</c> is its index.</summary>
    Parameter,
    /// <summary>
    /// A scalar parameter (<c>[Scalar]</c>): one value for every lane, e.g. LeakyRelu's slope; <c>Immediate</c> is its
    /// index. Vector back ends broadcast it.
    /// </summary>
    ScalarParameter,
    /// <summary>A constant; <c>Immediate</c> holds its bit pattern (0 or -1 for masks).</summary>
    Constant,

    Add,
    Subtract,
    Multiply,
    Divide,
    Negate,
    FusedMultiplyAdd,
    Sqrt,
    Abs,
    CopySign,
    RoundToEven,
    Floor,
    Ceiling,
    Truncate,
    /// <summary>ScaleB(x, n) = x·2^n for a float x and an integer n, rounded once (IEEE scaleB).</summary>
    ScaleB,

    BitwiseAnd,
    BitwiseOr,
    BitwiseXor,
    BitwiseNot,
    /// <summary>Shifts by the constant <c>Immediate</c>.</summary>
    ShiftLeft,
    ShiftRightArithmetic,
    ShiftRightLogical,

    Equal,
    NotEqual,
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
    IsNaN,

    MaskAnd,
    MaskOr,
    MaskNot,
    /// <summary>Select(mask, whenTrue, whenFalse).</summary>
    Select,
    /// <summary>
    /// SelectRarely(mask, whenTrue, whenFalse): the value of Select, but the instructions only whenTrue needs (its
    /// region, see <see cref="IrRegions"/>) run only when some lane of the mask is set.
    /// </summary>
    SelectRarely,

    /// <summary>Reinterprets the bits of a lane as another type of the same width.</summary>
    BitCast,
    /// <summary>Float to integer, rounding toward zero, saturating; NaN becomes 0.</summary>
    ConvertToInteger,
    /// <summary>Integer to float, rounding to nearest even.</summary>
    ConvertToFloat,
    /// <summary>Float to double, exactly: a float function's way into 64-bit lanes (see <see cref="IrType"/>).</summary>
    Widen,
    /// <summary>Double to float, rounding to nearest even (overflow to ±∞, subnormal results rounded once).</summary>
    Narrow,

    /// <summary>
    /// Minimum(a, b) = a &lt; b ? a : b, exactly (b where either is NaN or both are zeros): what the builder makes of a
    /// Select on a comparison of its own two values, e.g. a clamp. One instruction where the hardware has x86's MINPS
    /// semantics, a compare and a select elsewhere; every back end gives the bits of the Select it replaces.
    /// </summary>
    Minimum,
    /// <summary>Maximum(a, b) = a &gt; b ? a : b, exactly (b where either is NaN or both are zeros), as <see cref="Minimum"/>.</summary>
    Maximum,

    /// <summary>
    /// −(a·b) + c rounded once: what the builder makes of an FMA with a negated factor, so that x86 does it in one
    /// instruction (VFNMADD) rather than an XOR and an FMA; other back ends spell it as that FMA.
    /// </summary>
    FusedMultiplyAddNegated,
    /// <summary>a·b − c rounded once (x86's VFMSUB): an FMA with a negated addend, as <see cref="FusedMultiplyAddNegated"/>.</summary>
    FusedMultiplySubtract,

    /// <summary>
    /// Lookup(index): the entry <c>index &amp; 15</c> of the constant table in <see cref="IrInstruction.Table"/> (at most
    /// sixteen bit patterns, the last repeated past its end), an integer lane of the values' width as the index. A
    /// selection, so every back end gives the same bits: one permutation of the table's registers on AVX-512, where a
    /// chain of Selects over its entries would cost an instruction per entry.
    /// </summary>
    Lookup,
}
