#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ExportDialog;
}

namespace TaskLanes {

// Asks where to export an image and at what size and scale.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const QString &title, const QString &suggestedPath, const QSize &size,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    QString path() const;
    QSize imageSize() const;
    double scale() const;

    void accept() override;

private:
    std::unique_ptr<Ui::ExportDialog> m_ui;
};

} // namespace TaskLanes
