#include "exportdialog.h"
#include "ui_exportdialog.h"

#include "exporter.h"
#include "noticebar.h"

#include <QFileDialog>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace TaskLanes {

ExportDialog::ExportDialog(const QString &title, const QString &suggestedPath, const QSize &size,
                           QWidget *parent)
    : QDialog(parent), m_ui(new Ui::ExportDialog)
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    m_ui->fileEdit->setText(suggestedPath);
    m_ui->widthSpin->setValue(size.width());
    m_ui->heightSpin->setValue(size.height());
    for (double s : {1.0, 1.5, 2.0, 3.0})
        m_ui->scaleCombo->addItem(u"%1×"_s.arg(s), s);
    m_ui->scaleCombo->setCurrentIndex(2);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, windowTitle(), m_ui->fileEdit->text(),
                                         tr("Images (*.png *.svg *.pdf);;PNG image (*.png);;SVG "
                                            "image (*.svg);;PDF document (*.pdf)"));
        if (!path.isEmpty())
            m_ui->fileEdit->setText(path);
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::path() const
{
    return m_ui->fileEdit->text().trimmed();
}

QSize ExportDialog::imageSize() const
{
    return {m_ui->widthSpin->value(), m_ui->heightSpin->value()};
}

double ExportDialog::scale() const
{
    return m_ui->scaleCombo->currentData().toDouble();
}

void ExportDialog::accept()
{
    if (path().isEmpty() || !exportFormatFor(path())) {
        showFormMessage(m_ui->messageLabel, tr("Give a file name ending in .png, .svg or .pdf."),
                        true);
        return;
    }
    if (!QFileInfo(QFileInfo(path()).absolutePath()).isDir()) {
        showFormMessage(m_ui->messageLabel,
                        tr("The folder %1 does not exist.").arg(QFileInfo(path()).absolutePath()),
                        true);
        return;
    }
    QDialog::accept();
}

} // namespace TaskLanes
