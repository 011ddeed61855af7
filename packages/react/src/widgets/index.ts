export { mergeWidgetRegistries, type WidgetComponent, type WidgetProps, type WidgetRegistry } from './widget-registry.js';
export { WidgetView } from './WidgetView.js';
export { GenericWidget } from './GenericWidget.js';
