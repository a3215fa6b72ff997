namespace PluginHost.Host.Reporting;

public enum ReportFormat
{
    Text,
    Json,
    Sarif,
    Html,
}
