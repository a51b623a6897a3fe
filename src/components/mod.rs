//! Small reusable pieces with typed props; they display and emit, and hold no domain state.

pub mod earlier_results;
pub mod fit_bars;
pub mod notice;
pub mod profile_chart;
pub mod progress;
pub mod scale;
pub mod share_panel;

pub use earlier_results::EarlierResults;
pub use fit_bars::FitBars;
pub use notice::Notice;
pub use profile_chart::ProfileChart;
pub use progress::Progress;
pub use scale::Scale;
pub use share_panel::SharePanel;
