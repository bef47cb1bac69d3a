using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using HpcCore.Generators.Diagnostics;
using HpcCore.Generators.Ir;
using HpcCore.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HpcCore.Generators.FrontEnd;

/// <summary>
/// Lowers the body of one [Vectorize] method into the IR. Calls to other [Vectorize] methods are inlined by
/// lowering their bodies into the same builder with their parameters bound to the argument values.
/// Anything outside the dialect becomes a diagnostic at the offending syntax and the value <see cref="Invalid"/>,
/// which propagates silently so that one mistake yields one diagnostic.
/// </summary>
internal sealed class MethodLowering
{
    public const int Invalid = -1;

    private readonly IrBuilder builder;
    private readonly SemanticModel model;
    private readonly int laneBits;
    private readonly List<DiagnosticInfo> diagnostics;
    private readonly ImmutableHashSet<IMethodSymbol> callers;
    private readonly CancellationToken cancellation;
    private readonly Dictionary<ISymbol, int> values = new(SymbolEqualityComparer.Default);

    public MethodLowering(IrBuilder builder, SemanticModel model, int laneBits, List<DiagnosticInfo> diagnostics,
        ImmutableHashSet<IMethodSymbol> callers, CancellationToken cancellation)
    {
        this.builder = builder;
        this.model = model;
        this.laneBits = laneBits;
        this.diagnostics = diagnostics;
        this.callers = callers;
        this.cancellation = cancellation;
    }

    public void Bind(IParameterSymbol parameter, int value) => values[parameter] = value;

    /// <summary>Lowers the body and returns the value it returns, or <see cref="Invalid"/>.</summary>
    public int LowerBody(MethodDeclarationSyntax method)
    {
        int[] results = LowerResults(method);
        if (results.Length == 1)
            return results[0];
        return results.Contains(Invalid) ? Invalid
            : Report(Descriptors.UnsupportedCall, method.Identifier, "Only a [Vectorize] definition may return a tuple; a helper returns one value");
    }

    /// <summary>
    /// Lowers the body and returns the values it returns: one, or the elements of a returned tuple literal
    /// (<c>return (sin, cos);</c>); <see cref="Invalid"/> where lowering failed.
    /// </summary>
    public int[] LowerResults(MethodDeclarationSyntax method)
    {
        if (method.ExpressionBody is { } arrow)
            return LowerReturned(arrow.Expression);

        if (method.Body is null)
            return new[] { Report(Descriptors.InvalidMethodShape, method.Identifier, "A [Vectorize] method needs a body") };

        int[] result = { Invalid };
        SyntaxList<StatementSyntax> statements = method.Body.Statements;
        for (int i = 0; i < statements.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            StatementSyntax statement = statements[i];
            switch (statement)
            {
                case LocalDeclarationStatementSyntax declaration:
                    LowerDeclaration(declaration);
                    break;
                case ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax assignment }:
                    LowerAssignment(assignment);
                    break;
                case ReturnStatementSyntax { Expression: { } returned } when i == statements.Count - 1:
                    result = LowerReturned(returned);
                    break;
                case ReturnStatementSyntax:
                    Report(Descriptors.UnsupportedStatement, statement,
                        "A [Vectorize] method has one return statement, its last; use Select to choose between values");
                    break;
                default:
                    Report(Descriptors.UnsupportedStatement, statement,
                        $"'{FirstToken(statement)}' statements are not part of the [Vectorize] dialect: the body is straight-line code (locals, assignments, one return); use Select instead of branches");
                    break;
            }
        }

        if (statements.Count == 0 || statements[statements.Count - 1] is not ReturnStatementSyntax)
            return new[] { Report(Descriptors.UnsupportedStatement, method.Identifier, "A [Vectorize] method must end with a return statement") };
        return result;
    }

    private int[] LowerReturned(ExpressionSyntax returned) =>
        returned is TupleExpressionSyntax tuple
            ? tuple.Arguments.Select(a => a.NameColon is null ? Lower(a.Expression)
                : Report(Descriptors.UnsupportedExpression, a, "Tuple elements are named by the method's return type, not in the return statement")).ToArray()
            : new[] { Lower(returned) };

    private void LowerDeclaration(LocalDeclarationStatementSyntax declaration)
    {
        if (declaration.IsConst)
            return; // Constants are folded where they are used.
        foreach (VariableDeclaratorSyntax variable in declaration.Declaration.Variables)
        {
            if (variable.Initializer is null)
            {
                Report(Descriptors.UnsupportedStatement, variable, $"Local '{variable.Identifier.Text}' must be initialized where it is declared");
                continue;
            }
            if (model.GetDeclaredSymbol(variable, cancellation) is ILocalSymbol local && LaneType(local.Type, variable) is not null)
                values[local] = Lower(variable.Initializer.Value);
        }
    }

    private void LowerAssignment(AssignmentExpressionSyntax assignment)
    {
        ISymbol? local = model.GetSymbolInfo(assignment.Left, cancellation).Symbol;
        if (local is not (ILocalSymbol or IParameterSymbol) || !values.ContainsKey(local))
        {
            Report(Descriptors.UnsupportedStatement, assignment.Left, "Only locals and parameters of the method can be assigned");
            return;
        }

        if (assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
        {
            values[local] = Lower(assignment.Right);
            return;
        }

        IrOp? op = assignment.Kind() switch
        {
            SyntaxKind.AddAssignmentExpression => IrOp.Add,
            SyntaxKind.SubtractAssignmentExpression => IrOp.Subtract,
            SyntaxKind.MultiplyAssignmentExpression => IrOp.Multiply,
            SyntaxKind.DivideAssignmentExpression => IrOp.Divide,
            _ => null,
        };
        if (op is null)
        {
            Report(Descriptors.UnsupportedExpression, assignment, $"'{assignment.OperatorToken.Text}' is not part of the [Vectorize] dialect");
            return;
        }
        values[local] = Arithmetic(op.Value, values[local], Lower(assignment.Right), assignment);
    }

    /// <summary>Lowers an expression, folding constants and rejecting implicit conversions between lane types.</summary>
    public int Lower(ExpressionSyntax expression)
    {
        cancellation.ThrowIfCancellationRequested();
        TypeInfo typeInfo = model.GetTypeInfo(expression, cancellation);
        ITypeSymbol? targetType = typeInfo.ConvertedType ?? typeInfo.Type;

        Optional<object?> constant = model.GetConstantValue(expression, cancellation);
        if (constant.HasValue && constant.Value is not null && targetType is not null)
        {
            IrType? type = LaneType(targetType, expression);
            return type is null ? Invalid : builder.Constant(type.Value, ConstantBits.Of(constant.Value, type.Value));
        }

        if (typeInfo.Type is not null && targetType is not null && !SymbolEqualityComparer.Default.Equals(typeInfo.Type, targetType))
            return Report(Descriptors.ImplicitConversion, expression,
                $"'{expression}' is converted implicitly from {typeInfo.Type.ToDisplayString()} to {targetType.ToDisplayString()}; write the conversion with Lane.ToSingle/ToDouble, Lane.ToInt32Truncate/ToInt64Truncate or a Lane.As* bit cast");

        return LowerCore(expression);
    }

    private int LowerCore(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Lower(parenthesized.Expression);
            case IdentifierNameSyntax identifier:
                ISymbol? symbol = model.GetSymbolInfo(identifier, cancellation).Symbol;
                if (symbol is not null && values.TryGetValue(symbol, out int value))
                    return value;
                return Report(Descriptors.UnsupportedExpression, identifier,
                    $"'{identifier.Identifier.Text}' is not a parameter, local or constant of this [Vectorize] method");
            case BinaryExpressionSyntax binary:
                return LowerBinary(binary);
            case PrefixUnaryExpressionSyntax unary:
                return LowerUnary(unary);
            case InvocationExpressionSyntax invocation:
                return LowerCall(invocation);
            case ConditionalExpressionSyntax conditional:
                return Report(Descriptors.ConditionalOperator, conditional,
                    "The conditional operator is not part of the [Vectorize] dialect: write Lane.Select(condition, whenTrue, whenFalse), which evaluates both sides");
            case CastExpressionSyntax cast:
                return Report(Descriptors.ImplicitConversion, cast,
                    $"The cast '{cast}' is not part of the [Vectorize] dialect: use Lane.ToSingle/ToDouble, Lane.ToInt32Truncate/ToInt64Truncate or a Lane.As* bit cast");
            default:
                return Report(Descriptors.UnsupportedExpression, expression,
                    $"'{expression}' ({expression.Kind()}) is not part of the [Vectorize] dialect");
        }
    }

    private int LowerBinary(BinaryExpressionSyntax binary)
    {
        switch (binary.Kind())
        {
            case SyntaxKind.AddExpression: return Arithmetic(IrOp.Add, Lower(binary.Left), Lower(binary.Right), binary);
            case SyntaxKind.SubtractExpression: return Arithmetic(IrOp.Subtract, Lower(binary.Left), Lower(binary.Right), binary);
            case SyntaxKind.MultiplyExpression: return Arithmetic(IrOp.Multiply, Lower(binary.Left), Lower(binary.Right), binary);
            case SyntaxKind.DivideExpression: return Arithmetic(IrOp.Divide, Lower(binary.Left), Lower(binary.Right), binary);
            case SyntaxKind.BitwiseAndExpression: return Bitwise(IrOp.BitwiseAnd, IrOp.MaskAnd, binary);
            case SyntaxKind.LogicalAndExpression: return Bitwise(IrOp.BitwiseAnd, IrOp.MaskAnd, binary);
            case SyntaxKind.BitwiseOrExpression: return Bitwise(IrOp.BitwiseOr, IrOp.MaskOr, binary);
            case SyntaxKind.LogicalOrExpression: return Bitwise(IrOp.BitwiseOr, IrOp.MaskOr, binary);
            case SyntaxKind.ExclusiveOrExpression: return Bitwise(IrOp.BitwiseXor, null, binary);
            case SyntaxKind.LeftShiftExpression: return Shift(IrOp.ShiftLeft, binary);
            case SyntaxKind.RightShiftExpression: return Shift(IrOp.ShiftRightArithmetic, binary);
            case SyntaxKind.UnsignedRightShiftExpression: return Shift(IrOp.ShiftRightLogical, binary);
            case SyntaxKind.EqualsExpression: return Compare(IrOp.Equal, binary);
            case SyntaxKind.NotEqualsExpression: return Compare(IrOp.NotEqual, binary);
            case SyntaxKind.LessThanExpression: return Compare(IrOp.LessThan, binary);
            case SyntaxKind.LessThanOrEqualExpression: return Compare(IrOp.LessThanOrEqual, binary);
            case SyntaxKind.GreaterThanExpression: return Compare(IrOp.GreaterThan, binary);
            case SyntaxKind.GreaterThanOrEqualExpression: return Compare(IrOp.GreaterThanOrEqual, binary);
            default:
                return Report(Descriptors.UnsupportedExpression, binary,
                    $"The operator '{binary.OperatorToken.Text}' is not part of the [Vectorize] dialect");
        }
    }

    private int Arithmetic(IrOp op, int left, int right, SyntaxNode at)
    {
        if (left == Invalid || right == Invalid)
            return Invalid;
        IrType type = builder.Type(left);
        if (type.IsMask() || (op == IrOp.Divide && type.IsInteger()))
            return Report(Descriptors.UnsupportedExpression, at,
                $"'{at}' is not part of the [Vectorize] dialect: arithmetic takes floats, or integers for + - *");
        return builder.Emit(op, type, left, right);
    }

    private int Bitwise(IrOp integerOp, IrOp? maskOp, BinaryExpressionSyntax binary)
    {
        int left = Lower(binary.Left), right = Lower(binary.Right);
        if (left == Invalid || right == Invalid)
            return Invalid;
        IrType type = builder.Type(left);
        if (type.IsMask() && builder.Type(right) != type)
            return Report(Descriptors.MixedLaneWidths, binary,
                $"'{binary}' combines masks of {type.LaneBits()}-bit and {builder.Type(right).LaneBits()}-bit lanes; compare values of one width");
        if (type.IsInteger())
            return builder.Emit(integerOp, type, left, right);
        if (type.IsMask() && maskOp is { } op)
            return builder.Emit(op, type, left, right);
        return Report(Descriptors.UnsupportedExpression, binary,
            $"'{binary.OperatorToken.Text}' applies to integer lanes or masks here; reinterpret floats with Lane.AsInt32/AsInt64 first");
    }

    private int Shift(IrOp op, BinaryExpressionSyntax binary)
    {
        int value = Lower(binary.Left);
        Optional<object?> count = model.GetConstantValue(binary.Right, cancellation);
        if (!count.HasValue || count.Value is null)
            return Report(Descriptors.ConstantRequired, binary.Right, "Shift counts must be compile-time constants");
        if (value == Invalid)
            return Invalid;
        IrType type = builder.Type(value);
        if (!type.IsInteger())
            return Report(Descriptors.UnsupportedExpression, binary, "Shifts apply to integer lanes");
        long bits = System.Convert.ToInt64(count.Value) & (type.LaneBits() - 1); // C#, .NET vectors and OpenCL all mask the count.
        return builder.EmitWithImmediate(op, type, bits, value);
    }

    private int Compare(IrOp op, BinaryExpressionSyntax binary)
    {
        int left = Lower(binary.Left), right = Lower(binary.Right);
        if (left == Invalid || right == Invalid)
            return Invalid;
        if (builder.Type(left).IsMask())
            return Report(Descriptors.UnsupportedExpression, binary, "Masks cannot be compared; combine them with &, | and !");
        return builder.Emit(op, IrTypeFacts.MaskOfWidth(builder.Type(left).LaneBits()), left, right);
    }

    private int LowerUnary(PrefixUnaryExpressionSyntax unary)
    {
        int operand = Lower(unary.Operand);
        if (operand == Invalid)
            return Invalid;
        IrType type = builder.Type(operand);
        switch (unary.Kind())
        {
            case SyntaxKind.UnaryPlusExpression:
                return operand;
            case SyntaxKind.UnaryMinusExpression when !type.IsMask():
                return builder.Emit(IrOp.Negate, type, operand);
            case SyntaxKind.BitwiseNotExpression when type.IsInteger():
                return builder.Emit(IrOp.BitwiseNot, type, operand);
            case SyntaxKind.LogicalNotExpression when type.IsMask():
                return builder.Emit(IrOp.MaskNot, type, operand);
            default:
                return Report(Descriptors.UnsupportedExpression, unary,
                    $"The operator '{unary.OperatorToken.Text}' on {type.CSharpKeyword()} is not part of the [Vectorize] dialect");
        }
    }

    private int LowerCall(InvocationExpressionSyntax invocation)
    {
        if (model.GetSymbolInfo(invocation, cancellation).Symbol is not IMethodSymbol method)
            return Report(Descriptors.UnsupportedCall, invocation, $"'{invocation.Expression}' does not resolve to one method");

        foreach (ArgumentSyntax argument in invocation.ArgumentList.Arguments)
            if (!argument.RefKindKeyword.IsKind(SyntaxKind.None) || argument.NameColon is not null)
                return Report(Descriptors.UnsupportedCall, argument, "Arguments are passed by value and by position");

        int[] arguments = invocation.ArgumentList.Arguments.Select(a => Lower(a.Expression)).ToArray();
        if (arguments.Contains(Invalid))
            return Invalid;

        string containingType = method.ContainingType.ToDisplayString();
        if (containingType == LaneCalls.LaneTypeName && LaneCalls.TryGetLaneOperation(method, out IrOp op))
            return LaneOperation(op, method, arguments, invocation);
        if (LaneCalls.IsBitConverterCast(containingType, method.Name))
            return LaneOperation(IrOp.BitCast, method, arguments, invocation);
        if (VectorizeAttributeReader.IsInlinable(method))
            return Inline(method, arguments, invocation);
        if (VectorizeAttributeReader.LaneIr(method) is { } ir)
            return InlineIr(method, ir, arguments, invocation);

        return Report(Descriptors.UnsupportedCall, invocation,
            $"'{method.ToDisplayString()}' cannot be called from a [Vectorize] method: only HpcCore.Lane operations, BitConverter bit casts, [LaneHelper] methods and other [Vectorize] methods can");
    }

    private int LaneOperation(IrOp op, IMethodSymbol method, int[] arguments, SyntaxNode at)
    {
        IrType? result = LaneType(method.ReturnType, at);
        if (result is null)
            return Invalid;
        // A mask is as wide as the lanes it was computed from (IsNaN of a double in a float function is a 64-bit mask).
        if (result.Value.IsMask())
            result = IrTypeFacts.MaskOfWidth(builder.Type(arguments[0]).LaneBits());
        if (op is IrOp.Select or IrOp.SelectRarely && builder.Type(arguments[0]).LaneBits() != result.Value.LaneBits())
            return Report(Descriptors.MixedLaneWidths, at,
                $"The mask has {builder.Type(arguments[0]).LaneBits()}-bit lanes but the values have {result.Value.LaneBits()}-bit lanes; compare values of the width you select");
        if (op == IrOp.Lookup)
            return Lookup(result.Value, arguments, at);
        // A bit cast of a constant is a constant: AsSingle(0x7F800000) is +infinity, with no work at run time.
        if (op == IrOp.BitCast && builder[arguments[0]].Op == IrOp.Constant)
            return builder.Constant(result.Value, builder[arguments[0]].Immediate);
        return builder.Emit(op, result.Value, arguments);
    }

    /// <summary>Lookup(index, v0, v1, …): the table's entries must be constants, one to sixteen, the index an integer lane of their width.</summary>
    private int Lookup(IrType type, int[] arguments, SyntaxNode at)
    {
        int[] table = arguments.Skip(1).ToArray();
        if (table.Length is 0 or > MaxLookupEntries)
            return Report(Descriptors.UnsupportedCall, at, $"A lookup table has 1 to {MaxLookupEntries} entries, not {table.Length}");
        if (table.Any(entry => builder[entry].Op != IrOp.Constant))
            return Report(Descriptors.ConstantRequired, at, "The entries of a lookup table must be compile-time constants");
        IrType indexType = builder.Type(arguments[0]);
        if (indexType.IsFloat() || indexType.IsMask() || indexType.LaneBits() != type.LaneBits())
            return Report(Descriptors.MixedLaneWidths, at,
                $"A lookup of {type.CSharpKeyword()} values takes a {(type.LaneBits() == 32 ? "int" : "long")} index, not {indexType.CSharpKeyword()}");
        return builder.Lookup(type, arguments[0], table.Select(entry => builder[entry].Immediate));
    }

    /// <summary>The most entries of a lookup table: one AVX-512 permutation (of one float register, or two double registers).</summary>
    private const int MaxLookupEntries = 16;

    private int Inline(IMethodSymbol callee, int[] arguments, SyntaxNode at)
    {
        callee = callee.OriginalDefinition;
        if (callers.Contains(callee))
            return Report(Descriptors.RecursiveCall, at, $"'{callee.Name}' is already being inlined here: [Vectorize] methods cannot recurse");

        if (callee.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellation) is not MethodDeclarationSyntax syntax)
            return Report(Descriptors.UnsupportedCall, at, $"'{callee.Name}' has no source in this compilation to inline");

        // The callee reports its own diagnostics where it is declared; here, one line at the call site is enough.
        var calleeDiagnostics = new List<DiagnosticInfo>();
        var lowering = new MethodLowering(builder, model.Compilation.GetSemanticModel(syntax.SyntaxTree), laneBits,
            calleeDiagnostics, callers.Add(callee), cancellation);
        for (int i = 0; i < callee.Parameters.Length; i++)
            lowering.Bind(callee.Parameters[i], arguments[i]);
        int result = lowering.LowerBody(syntax);

        if (calleeDiagnostics.Count > 0)
        {
            DiagnosticInfo first = calleeDiagnostics[0];
            return Report(first.Id == Descriptors.RecursiveCall.Id ? Descriptors.RecursiveCall : Descriptors.UnsupportedCall, at,
                $"'{callee.Name}' cannot be inlined: {first.Message}");
        }
        return result;
    }

    /// <summary>
    /// Inlines a function compiled in another assembly (HpcMath.Exp called from a user's definition) from the IR its
    /// generator wrote into <c>[LaneIr]</c>: the same instructions, its parameters replaced by the arguments.
    /// </summary>
    private int InlineIr(IMethodSymbol callee, string text, int[] arguments, SyntaxNode at)
    {
        if (IrText.Read(text) is not { } function)
            return Report(Descriptors.UnsupportedCall, at,
                $"'{callee.ToDisplayString()}' was compiled by another version of HpcCore's generator; reference one version of HpcCore");
        if (function.ElementType.LaneBits() < laneBits)
            return Report(Descriptors.MixedLaneWidths, at,
                $"'{callee.ToDisplayString()}' works on {function.ElementType.LaneBits()}-bit lanes but this method works on {laneBits}-bit lanes");
        if (function.ParameterCount != arguments.Length)
            return Report(Descriptors.UnsupportedCall, at, $"'{callee.ToDisplayString()}' takes {function.ParameterCount} argument(s)");
        var values = new int[function.Instructions.Count];
        for (int i = 0; i < values.Length; i++)
        {
            IrInstruction instruction = function.Instructions[i];
            values[i] = instruction.Op is IrOp.Parameter or IrOp.ScalarParameter
                ? arguments[(int)instruction.Immediate]
                : builder.Append(instruction with { Operands = instruction.Operands.Select(o => values[o]).ToEquatableArray() });
        }
        return values[function.Result];
    }

    /// <summary>The lane type of a C# type, or null after reporting why it has none.</summary>
    public IrType? LaneType(ITypeSymbol type, SyntaxNode at)
    {
        IrType? lane = type.SpecialType switch
        {
            SpecialType.System_Single => IrType.F32,
            SpecialType.System_Double => IrType.F64,
            SpecialType.System_Int32 => IrType.I32,
            SpecialType.System_Int64 => IrType.I64,
            SpecialType.System_Boolean => IrTypeFacts.MaskOfWidth(laneBits),
            _ => null,
        };
        if (lane is null)
        {
            Report(Descriptors.UnsupportedType, at,
                $"'{type.ToDisplayString()}' is not a lane type: use float, double, int, long or bool (a mask)");
            return null;
        }
        // A float function may widen to 64 bits (Lane.ToDouble); a double function has no narrower lanes to hold.
        if (lane.Value.LaneBits() < laneBits)
        {
            Report(Descriptors.MixedLaneWidths, at,
                $"'{type.ToDisplayString()}' has {lane.Value.LaneBits()}-bit lanes but this method works on {laneBits}-bit lanes; only a float definition may mix widths (computing in double)");
            return null;
        }
        return lane;
    }

    private int Report(DiagnosticDescriptor descriptor, SyntaxNode at, string message)
    {
        diagnostics.Add(DiagnosticInfo.Create(descriptor, at.GetLocation(), message));
        return Invalid;
    }

    private int Report(DiagnosticDescriptor descriptor, SyntaxToken at, string message)
    {
        diagnostics.Add(DiagnosticInfo.Create(descriptor, at.GetLocation(), message));
        return Invalid;
    }

    private static string FirstToken(StatementSyntax statement) => statement.GetFirstToken().Text;
}
