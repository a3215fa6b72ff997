using System.Runtime.InteropServices;

namespace Language.Detection;

/// <summary>One language's value for a feature: how far its log-probability lies above the floor.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 1)]
internal readonly record struct FeatureEntry(byte Language, float Boost);
