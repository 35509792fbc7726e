// The teacher's course page. Each feature adds its view here: { id, label, module, element }.
import { TabbedPage } from './tabbed-page.js';

const VIEWS = [
  { id: 'people', label: 'shell.view.people', module: '/static/js/roster/people-view.js', element: 'cairn-people-view' },
  { id: 'grades', label: 'grades.view', module: '/static/js/grades/grades-view.js', element: 'cairn-grades-view' },
];

class CairnCoursePage extends TabbedPage {
  constructor() {
    super(VIEWS);
  }
}

customElements.define('cairn-course-page', CairnCoursePage);
