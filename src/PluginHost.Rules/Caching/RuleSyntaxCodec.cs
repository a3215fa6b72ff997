using PluginHost.Rules.Syntax;
using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Caching;

/// <summary>
/// Writes a rule file's declarations as bytes and reads them back, for <see cref="RuleSyntaxCache"/>. Written by
/// hand rather than with a serializer: it needs no attributes on the syntax types, and a ReadyToRun image holds all of
/// it, where a serializer's generic code over the syntax types would be compiled at the start of every run.
/// </summary>
public static class RuleSyntaxCodec
{
    private enum Tag : byte
    {
        ListDeclaration = 1,
        SettingDeclaration,
        RuleDeclaration,
        PatternDeclaration,
        ValueProperty,
        PatternProperty,
        ConditionProperty,
        StringValue,
        NumberValue,
        BooleanValue,
        NameValue,
        LiteralPattern,
        RegexPattern,
        ListPattern,
        ClassPattern,
        AnyTokenPattern,
        NotPattern,
        GapPattern,
        AnchorPattern,
        SequencePattern,
        AlternationPattern,
        RepeatPattern,
        CapturePattern,
        AndCondition,
        OrCondition,
        NotCondition,
        ComparisonCondition,
        PathOperand,
        ValueOperand,
        NoneOperand,
        ListOperand,
    }

    public static void Write(BinaryWriter writer, IReadOnlyList<DeclarationSyntax> declarations)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(declarations);
        WriteList(writer, declarations, WriteDeclaration);
    }

    /// <exception cref="InvalidDataException">The bytes are not declarations this codec wrote.</exception>
    public static IReadOnlyList<DeclarationSyntax> Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        try
        {
            return ReadList(reader, ReadDeclaration);
        }
        catch (Exception e) when (e is IOException or FormatException)
        {
            throw new InvalidDataException("the cached rule syntax is cut short or malformed", e);
        }
    }

    private static void WriteDeclaration(BinaryWriter writer, DeclarationSyntax declaration)
    {
        switch (declaration)
        {
            case ListDeclarationSyntax list:
                Start(writer, Tag.ListDeclaration, list.Position);
                writer.Write(list.Name);
                WriteList(writer, list.Entries, static (w, entry) => w.Write(entry));
                break;
            case SettingDeclarationSyntax setting:
                Start(writer, Tag.SettingDeclaration, setting.Position);
                writer.Write(setting.Name);
                WriteValue(writer, setting.Value);
                break;
            case RuleDeclarationSyntax rule:
                Start(writer, Tag.RuleDeclaration, rule.Position);
                writer.Write(rule.Id);
                WriteList(writer, rule.Properties, WriteProperty);
                break;
            case PatternDeclarationSyntax pattern:
                Start(writer, Tag.PatternDeclaration, pattern.Position);
                writer.Write(pattern.Name);
                WriteList(writer, pattern.Properties, WriteProperty);
                break;
            default:
                throw Unknown(declaration);
        }
    }

    private static DeclarationSyntax ReadDeclaration(BinaryReader reader)
    {
        var (tag, position) = ReadStart(reader);
        return tag switch
        {
            Tag.ListDeclaration => new ListDeclarationSyntax(reader.ReadString(), ReadList(reader, static r => r.ReadString()), position),
            Tag.SettingDeclaration => new SettingDeclarationSyntax(reader.ReadString(), ReadValue(reader), position),
            Tag.RuleDeclaration => new RuleDeclarationSyntax(reader.ReadString(), ReadList(reader, ReadProperty), position),
            Tag.PatternDeclaration => new PatternDeclarationSyntax(reader.ReadString(), ReadList(reader, ReadProperty), position),
            _ => throw Unexpected(tag, "a declaration"),
        };
    }

    private static void WriteProperty(BinaryWriter writer, RulePropertySyntax property)
    {
        switch (property)
        {
            case ValuePropertySyntax value:
                Start(writer, Tag.ValueProperty, value.Position);
                writer.Write(value.Name);
                WriteValue(writer, value.Value);
                break;
            case PatternPropertySyntax pattern:
                Start(writer, Tag.PatternProperty, pattern.Position);
                WritePattern(writer, pattern.Pattern);
                break;
            case ConditionPropertySyntax condition:
                Start(writer, Tag.ConditionProperty, condition.Position);
                WriteCondition(writer, condition.Condition);
                break;
            default:
                throw Unknown(property);
        }
    }

    private static RulePropertySyntax ReadProperty(BinaryReader reader)
    {
        var (tag, position) = ReadStart(reader);
        return tag switch
        {
            Tag.ValueProperty => new ValuePropertySyntax(reader.ReadString(), ReadValue(reader), position),
            Tag.PatternProperty => new PatternPropertySyntax(ReadPattern(reader), position),
            Tag.ConditionProperty => new ConditionPropertySyntax(ReadCondition(reader), position),
            _ => throw Unexpected(tag, "a rule property"),
        };
    }

    private static void WriteValue(BinaryWriter writer, ValueSyntax value)
    {
        switch (value)
        {
            case StringValueSyntax text:
                Start(writer, Tag.StringValue, text.Position);
                writer.Write(text.Text);
                break;
            case NumberValueSyntax number:
                Start(writer, Tag.NumberValue, number.Position);
                writer.Write(number.Number);
                break;
            case BooleanValueSyntax flag:
                Start(writer, Tag.BooleanValue, flag.Position);
                writer.Write(flag.Flag);
                break;
            case NameValueSyntax name:
                Start(writer, Tag.NameValue, name.Position);
                writer.Write(name.Name);
                break;
            default:
                throw Unknown(value);
        }
    }

    private static ValueSyntax ReadValue(BinaryReader reader)
    {
        var (tag, position) = ReadStart(reader);
        return tag switch
        {
            Tag.StringValue => new StringValueSyntax(reader.ReadString(), position),
            Tag.NumberValue => new NumberValueSyntax(reader.ReadDouble(), position),
            Tag.BooleanValue => new BooleanValueSyntax(reader.ReadBoolean(), position),
            Tag.NameValue => new NameValueSyntax(reader.ReadString(), position),
            _ => throw Unexpected(tag, "a value"),
        };
    }

    private static void WritePattern(BinaryWriter writer, PatternSyntax pattern)
    {
        switch (pattern)
        {
            case LiteralPatternSyntax literal:
                Start(writer, Tag.LiteralPattern, literal.Position);
                writer.Write(literal.Text);
                writer.Write(literal.CaseSensitive);
                break;
            case RegexPatternSyntax regex:
                Start(writer, Tag.RegexPattern, regex.Position);
                writer.Write(regex.Expression);
                writer.Write(regex.Flags);
                break;
            case ListPatternSyntax list:
                Start(writer, Tag.ListPattern, list.Position);
                writer.Write(list.Name);
                break;
            case ClassPatternSyntax tokenClass:
                Start(writer, Tag.ClassPattern, tokenClass.Position);
                writer.Write(tokenClass.Name);
                break;
            case AnyTokenPatternSyntax any:
                Start(writer, Tag.AnyTokenPattern, any.Position);
                break;
            case NotPatternSyntax not:
                Start(writer, Tag.NotPattern, not.Position);
                WritePattern(writer, not.Inner);
                break;
            case GapPatternSyntax gap:
                Start(writer, Tag.GapPattern, gap.Position);
                writer.Write(gap.Min);
                writer.Write(gap.Max);
                break;
            case AnchorPatternSyntax anchor:
                Start(writer, Tag.AnchorPattern, anchor.Position);
                writer.Write(anchor.AtStart);
                break;
            case SequencePatternSyntax sequence:
                Start(writer, Tag.SequencePattern, sequence.Position);
                WriteList(writer, sequence.Items, WritePattern);
                break;
            case AlternationPatternSyntax alternation:
                Start(writer, Tag.AlternationPattern, alternation.Position);
                WriteList(writer, alternation.Options, WritePattern);
                break;
            case RepeatPatternSyntax repeat:
                Start(writer, Tag.RepeatPattern, repeat.Position);
                WritePattern(writer, repeat.Inner);
                writer.Write(repeat.Min);
                writer.Write(repeat.Max ?? -1);
                break;
            case CapturePatternSyntax capture:
                Start(writer, Tag.CapturePattern, capture.Position);
                writer.Write(capture.Name);
                WritePattern(writer, capture.Inner);
                break;
            default:
                throw Unknown(pattern);
        }
    }

    private static PatternSyntax ReadPattern(BinaryReader reader)
    {
        var (tag, position) = ReadStart(reader);
        return tag switch
        {
            Tag.LiteralPattern => new LiteralPatternSyntax(reader.ReadString(), reader.ReadBoolean(), position),
            Tag.RegexPattern => new RegexPatternSyntax(reader.ReadString(), reader.ReadString(), position),
            Tag.ListPattern => new ListPatternSyntax(reader.ReadString(), position),
            Tag.ClassPattern => new ClassPatternSyntax(reader.ReadString(), position),
            Tag.AnyTokenPattern => new AnyTokenPatternSyntax(position),
            Tag.NotPattern => new NotPatternSyntax(ReadPattern(reader), position),
            Tag.GapPattern => new GapPatternSyntax(reader.ReadInt32(), reader.ReadInt32(), position),
            Tag.AnchorPattern => new AnchorPatternSyntax(reader.ReadBoolean(), position),
            Tag.SequencePattern => new SequencePatternSyntax(ReadList(reader, ReadPattern), position),
            Tag.AlternationPattern => new AlternationPatternSyntax(ReadList(reader, ReadPattern), position),
            Tag.RepeatPattern => new RepeatPatternSyntax(ReadPattern(reader), reader.ReadInt32(), reader.ReadInt32() is var max and >= 0 ? max : null, position),
            Tag.CapturePattern => new CapturePatternSyntax(reader.ReadString(), ReadPattern(reader), position),
            _ => throw Unexpected(tag, "a pattern"),
        };
    }

    private static void WriteCondition(BinaryWriter writer, ConditionSyntax condition)
    {
        switch (condition)
        {
            case AndConditionSyntax and:
                Start(writer, Tag.AndCondition, and.Position);
                WriteCondition(writer, and.Left);
                WriteCondition(writer, and.Right);
                break;
            case OrConditionSyntax or:
                Start(writer, Tag.OrCondition, or.Position);
                WriteCondition(writer, or.Left);
                WriteCondition(writer, or.Right);
                break;
            case NotConditionSyntax not:
                Start(writer, Tag.NotCondition, not.Position);
                WriteCondition(writer, not.Inner);
                break;
            case ComparisonConditionSyntax comparison:
                Start(writer, Tag.ComparisonCondition, comparison.Position);
                WriteOperand(writer, comparison.Left);
                writer.Write(comparison.Operator is { } op ? (int)op : -1);
                writer.Write(comparison.Right is not null);
                if (comparison.Right is { } right)
                {
                    WriteOperand(writer, right);
                }

                break;
            default:
                throw Unknown(condition);
        }
    }

    private static ConditionSyntax ReadCondition(BinaryReader reader)
    {
        var (tag, position) = ReadStart(reader);
        return tag switch
        {
            Tag.AndCondition => new AndConditionSyntax(ReadCondition(reader), ReadCondition(reader), position),
            Tag.OrCondition => new OrConditionSyntax(ReadCondition(reader), ReadCondition(reader), position),
            Tag.NotCondition => new NotConditionSyntax(ReadCondition(reader), position),
            Tag.ComparisonCondition => new ComparisonConditionSyntax(
                ReadOperand(reader),
                ReadOperator(reader),
                reader.ReadBoolean() ? ReadOperand(reader) : null,
                position),
            _ => throw Unexpected(tag, "a condition"),
        };
    }

    private static ComparisonOperator? ReadOperator(BinaryReader reader) => reader.ReadInt32() switch
    {
        -1 => null,
        var op when Enum.IsDefined((ComparisonOperator)op) => (ComparisonOperator)op,
        var op => throw new InvalidDataException($"{op} is not a comparison operator"),
    };

    private static void WriteOperand(BinaryWriter writer, OperandSyntax operand)
    {
        switch (operand)
        {
            case PathOperandSyntax path:
                Start(writer, Tag.PathOperand, path.Position);
                WriteList(writer, path.Segments, static (w, segment) => w.Write(segment));
                break;
            case ValueOperandSyntax value:
                Start(writer, Tag.ValueOperand, value.Position);
                WriteValue(writer, value.Value);
                break;
            case NoneOperandSyntax none:
                Start(writer, Tag.NoneOperand, none.Position);
                break;
            case ListOperandSyntax list:
                Start(writer, Tag.ListOperand, list.Position);
                writer.Write(list.Name);
                break;
            default:
                throw Unknown(operand);
        }
    }

    private static OperandSyntax ReadOperand(BinaryReader reader)
    {
        var (tag, position) = ReadStart(reader);
        return tag switch
        {
            Tag.PathOperand => new PathOperandSyntax(ReadList(reader, static r => r.ReadString()), position),
            Tag.ValueOperand => new ValueOperandSyntax(ReadValue(reader), position),
            Tag.NoneOperand => new NoneOperandSyntax(position),
            Tag.ListOperand => new ListOperandSyntax(reader.ReadString(), position),
            _ => throw Unexpected(tag, "an operand"),
        };
    }

    private static void Start(BinaryWriter writer, Tag tag, LinePosition position)
    {
        writer.Write((byte)tag);
        writer.Write7BitEncodedInt(position.Line);
        writer.Write7BitEncodedInt(position.Column);
    }

    private static (Tag Tag, LinePosition Position) ReadStart(BinaryReader reader) =>
        ((Tag)reader.ReadByte(), new LinePosition(reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt()));

    private static void WriteList<T>(BinaryWriter writer, IReadOnlyList<T> items, Action<BinaryWriter, T> write)
    {
        writer.Write7BitEncodedInt(items.Count);
        foreach (var item in items)
        {
            write(writer, item);
        }
    }

    private static T[] ReadList<T>(BinaryReader reader, Func<BinaryReader, T> read)
    {
        var count = reader.Read7BitEncodedInt();
        // Every item takes at least a byte, so a larger count can only be damage; it must not size an allocation.
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new InvalidDataException($"a list of {count} items is longer than what is left of the cached rule syntax");
        }

        var items = new T[count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = read(reader);
        }

        return items;
    }

    private static InvalidOperationException Unknown(object syntax) =>
        new($"{syntax.GetType().Name} has no encoding in {nameof(RuleSyntaxCodec)}: add one, and a tag for it");

    private static InvalidDataException Unexpected(Tag tag, string expected) =>
        new($"tag {(byte)tag} where {expected} was expected");
}
