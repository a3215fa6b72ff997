namespace PluginHost.Host.Loading;

/// <summary>
/// Orders plugins so that every layer is produced before it is read (consumed, or optionally consumed); ties
/// keep alphabetical order, so runs are reproducible. Plugins that consume a layer nobody produces, sit on a cycle, or claim another's rule prefix
/// are left out with an error naming them.
/// </summary>
public static class PluginOrder
{
    public static (IReadOnlyList<LoadedPlugin> Ordered, IReadOnlyList<PluginLoadError> Errors) Sort(IReadOnlyList<LoadedPlugin> plugins)
    {
        var errors = new List<PluginLoadError>();
        var candidates = new List<LoadedPlugin>();
        foreach (var plugin in plugins.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (candidates.FirstOrDefault(p => p.Manifest.RulePrefix == plugin.Manifest.RulePrefix) is { } owner)
            {
                errors.Add(new PluginLoadError(plugin.Location, $"plugin {plugin.Name} claims rule prefix {plugin.Manifest.RulePrefix}, which belongs to {owner.Name}"));
                continue;
            }

            candidates.Add(plugin);
        }

        var producers = candidates.SelectMany(p => p.Manifest.Produces.Select(layer => (layer, p))).ToLookup(x => x.layer, x => x.p);
        foreach (var plugin in candidates.ToList())
        {
            var missing = plugin.Manifest.Consumes.Where(layer => !producers[layer].Any()).ToList();
            if (missing.Count > 0)
            {
                errors.Add(new PluginLoadError(plugin.Location, $"plugin {plugin.Name} consumes {string.Join(", ", missing.Select(l => $"layer '{l}'"))}, which no loaded plugin produces"));
                candidates.Remove(plugin);
            }
        }

        var ordered = new List<LoadedPlugin>();
        var remaining = candidates.ToList();
        while (remaining.Count > 0)
        {
            var ready = remaining.FirstOrDefault(p => p.Manifest.Reads.All(layer =>
                producers[layer].All(producer => producer == p || ordered.Contains(producer) || !remaining.Contains(producer))));
            if (ready is null)
            {
                var cycle = string.Join(" → ", remaining.Select(p => p.Name));
                errors.AddRange(remaining.Select(p => new PluginLoadError(p.Location, $"plugin {p.Name} is on a cycle of layers that consume each other ({cycle})")));
                break;
            }

            ordered.Add(ready);
            remaining.Remove(ready);
        }

        return (ordered, errors);
    }
}
