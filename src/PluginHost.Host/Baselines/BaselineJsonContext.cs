using System.Text.Json;
using System.Text.Json.Serialization;

namespace PluginHost.Host.Baselines;

/// <summary>Reads baseline files without reflection; hand-edited files may have comments and trailing commas.</summary>
[JsonSerializable(typeof(BaselineDocument))]
[JsonSourceGenerationOptions(AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;
